# Subscription churn with LightGBM + frequency encoding
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, classification_report

df = pd.read_csv("subscriptions.csv", parse_dates=["signup_date"])
print(df.shape)
print(df["churn"].value_counts(normalize=True))

df["tenure_days"] = (pd.Timestamp("2023-01-01") - df["signup_date"]).dt.days
df["signup_month"] = df["signup_date"].dt.month
df["avg_spend"] = df["total_spend"] / df["tenure_days"].clip(lower=1)

cat_cols = ["plan", "country", "device", "acquisition_channel"]
for col in cat_cols:
    df[col + "_freq"] = df[col].map(df[col].value_counts(normalize=True))  # expect: LK105
    df[col] = df[col].astype("category")

X = df.drop(columns=["customer_id", "signup_date"])  # expect: LK501
y = df["churn"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10, stratify=y)

clf = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=31, colsample_bytree=0.7)
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
print("AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.5).astype(int)))
