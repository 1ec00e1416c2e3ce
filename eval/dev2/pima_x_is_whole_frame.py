"""Pima diabetes: random forest with two interaction features.

Rows with zero glucose are kept; the forest copes with them.
"""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("diabetes_pima.csv")
print(df.shape)
print(df["Outcome"].value_counts(normalize=True))
y = df["Outcome"]
X = df.copy()  # expect: LK501
X["BMI_x_Age"] = X["BMI"] * X["Age"]
X["Glucose_per_Insulin"] = X["Glucose"] / (X["Insulin"] + 1)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
rf = RandomForestClassifier(n_estimators=300, random_state=1)
rf.fit(X_train, y_train)
print("test accuracy", accuracy_score(y_test, rf.predict(X_test)))
importances = pd.Series(rf.feature_importances_, index=X_train.columns)
print(importances.sort_values(ascending=False).head(5))
