"""IBM HR attrition - gradient boosting baseline."""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr["Attrition"].value_counts())

y = (hr["Attrition"] == "Yes").astype(int)
X = hr.drop(columns=["EmployeeNumber", "EmployeeCount", "Over18", "StandardHours"])  # expect: LK501
X = pd.get_dummies(X, drop_first=True)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
gbc = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3)
gbc.fit(X_train, y_train)
print("F1 (attrition = yes):", f1_score(y_test, gbc.predict(X_test)))
