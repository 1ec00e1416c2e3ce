# Fraud in e-commerce transactions: count/frequency encodings learned on the training rows
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

tx = pd.read_csv("transactions.csv", parse_dates=["purchase_time", "signup_time"])
tx["secs_since_signup"] = (tx["purchase_time"] - tx["signup_time"]).dt.total_seconds()
tx["purchase_hour"] = tx["purchase_time"].dt.hour
tx["purchase_dow"] = tx["purchase_time"].dt.dayofweek
tx["sex"] = (tx["sex"] == "M").astype(int)

train_df, test_df = train_test_split(tx, test_size=0.3, random_state=77, stratify=tx["class"])
train_df = train_df.copy()
test_df = test_df.copy()

for col in ["device_id", "ip_address", "browser", "source"]:
    counts = train_df[col].value_counts()
    train_df[col + "_count"] = train_df[col].map(counts)
    test_df[col + "_count"] = test_df[col].map(counts).fillna(0)

features = ["purchase_value", "age", "sex", "secs_since_signup", "purchase_hour", "purchase_dow",
            "device_id_count", "ip_address_count", "browser_count", "source_count"]

et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=77)
et.fit(train_df[features], train_df["class"])
scores = et.predict_proba(test_df[features])[:, 1]
print("AP:  %.4f" % average_precision_score(test_df["class"], scores))
print("AUC: %.4f" % roc_auc_score(test_df["class"], scores))
print("share flagged at 0.5:", np.mean(scores > 0.5).round(4))
