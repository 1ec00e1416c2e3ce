"""Telco churn: hold-out estimate, then a production refit.
"""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

df = pd.read_csv("telco_features.csv")
y = df.pop("churned")
X = df

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=9)
model = GradientBoostingClassifier(n_estimators=250, max_depth=3, random_state=9)
model.fit(X_train, y_train)
print("held-out accuracy", model.score(X_test, y_test))

# final model on every labelled row, used to score this month's customers
model.fit(X, y)
current = pd.read_csv("telco_current_month.csv")
current["churn_risk"] = model.predict_proba(current[X.columns])[:, 1]
current[["customer_id", "churn_risk"]].to_csv("churn_scores.csv", index=False)
