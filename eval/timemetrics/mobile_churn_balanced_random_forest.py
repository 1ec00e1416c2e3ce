"""Churn model for a prepaid mobile operator (balanced random forest).

Monthly snapshot of subscribers; churn = no top-up in the following 60 days.
"""
import argparse

import pandas as pd
from imblearn.ensemble import BalancedRandomForestClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score
from sklearn.model_selection import train_test_split


def load_snapshot(path):
    snap = pd.read_csv(path)
    snap = snap.drop(columns=["msisdn", "snapshot_month"])
    snap = pd.get_dummies(snap, columns=["region", "device_tier", "plan"], drop_first=True)
    return snap


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/subscriber_snapshot.csv")
    ap.add_argument("--trees", type=int, default=500)
    args = ap.parse_args()

    snap = load_snapshot(args.data)
    X = snap.drop(columns="churned")
    y = snap["churned"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

    brf = BalancedRandomForestClassifier(n_estimators=args.trees, sampling_strategy="auto",
                                         replacement=True, bootstrap=False, random_state=5, n_jobs=-1)
    brf.fit(X_train, y_train)
    pred = brf.predict(X_test)

    print(f"accuracy          {accuracy_score(y_test, pred):.3f}")
    print(f"balanced accuracy {balanced_accuracy_score(y_test, pred):.3f}")
    print(f"F1 (churners)     {f1_score(y_test, pred):.3f}")


if __name__ == "__main__":
    main()
