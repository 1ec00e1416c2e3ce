import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, recall_score

df = pd.read_csv("employee_attrition.csv")
df["left"] = (df["Attrition"] == "Yes").astype(int)
num = ["Age", "MonthlyIncome", "YearsAtCompany", "DistanceFromHome", "JobSatisfaction"]

train_df, test_df = train_test_split(df, test_size=0.25, stratify=df["left"], random_state=123)

majority = train_df[train_df["left"] == 0]
minority = train_df[train_df["left"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
train_bal = pd.concat([majority, minority_up]).sample(frac=1.0, random_state=1)
print(train_bal["left"].value_counts())

clf = LogisticRegression(max_iter=1000, C=0.5)
clf.fit(train_bal[num], train_bal["left"])
pred = clf.predict(test_df[num])
print("F1", f1_score(test_df["left"], pred))
print("recall", recall_score(test_df["left"], pred))
