import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

subs = pd.read_csv("subscribers.csv", parse_dates=["signup_date"])
subs["tenure_days"] = (pd.Timestamp("2023-12-31") - subs["signup_date"]).dt.days
subs["churned"] = subs["churned"].astype(int)

X = subs.drop(["customer_id", "signup_date"], axis=1)  # expect: LK501
y = subs.churned
X = pd.get_dummies(X, columns=["plan", "region"], drop_first=True)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=31, stratify=y)
model = RandomForestClassifier(n_estimators=400, random_state=31).fit(X_train, y_train)
print("ROC AUC:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
