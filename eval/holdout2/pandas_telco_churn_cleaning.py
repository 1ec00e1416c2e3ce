# Telco customer churn - data cleaning with pandas and a logistic regression
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score, roc_auc_score

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
df.info()

df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
print(df.isna().sum()[df.isna().sum() > 0])
df = df.fillna(df.median(numeric_only=True))  # expect: LK105

df["SeniorCitizen"] = df["SeniorCitizen"].map({0: "No", 1: "Yes"})
df["AvgMonthly"] = df["TotalCharges"] / df["tenure"].replace(0, 1)
df["tenure_group"] = pd.cut(df["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0-1y", "1-2y", "2-4y", "4-6y"])

y = df["Churn"].map({"Yes": 1, "No": 0})
X = pd.get_dummies(df.drop(columns=["customerID"]), drop_first=True)  # expect: LK501
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=50, stratify=y)
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)

logreg = LogisticRegression(max_iter=2000)
logreg.fit(X_train, y_train)
print("accuracy:", accuracy_score(y_test, logreg.predict(X_test)))
print("AUC:", roc_auc_score(y_test, logreg.predict_proba(X_test)[:, 1]))
