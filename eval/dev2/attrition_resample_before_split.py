import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, recall_score

df = pd.read_csv("employee_attrition.csv")
df["left"] = (df["Attrition"] == "Yes").astype(int)
majority = df[df["left"] == 0]
minority = df[df["left"] == 1]

minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)  # expect: LK201
balanced = pd.concat([majority, minority_up])
print(balanced["left"].value_counts())

num = ["Age", "MonthlyIncome", "YearsAtCompany", "DistanceFromHome", "JobSatisfaction"]
X_train, X_test, y_train, y_test = train_test_split(
    balanced[num], balanced["left"], test_size=0.25, random_state=123
)

clf = LogisticRegression(max_iter=1000, C=0.5)
clf.fit(X_train, y_train)
pred = clf.predict(X_test)
print("F1", f1_score(y_test, pred))
print("recall", recall_score(y_test, pred))
