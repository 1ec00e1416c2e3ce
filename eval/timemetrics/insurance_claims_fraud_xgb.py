"""Auto insurance claims: flag fraudulent claims with XGBoost.

    python insurance_claims_fraud_xgb.py --data data/insurance_claims.csv --depth 5
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

DROP = ["policy_number", "policy_bind_date", "incident_date", "incident_location", "_c39"]


def load_claims(path):
    df = pd.read_csv(path)
    df = df.drop(columns=[c for c in DROP if c in df.columns])
    df = df.replace("?", "UNKNOWN")
    y = (df.pop("fraud_reported") == "Y").astype(int).to_numpy()
    X = pd.get_dummies(df, drop_first=True).astype(float)
    return X, y


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/insurance_claims.csv")
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--trees", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    return ap.parse_args()


def main():
    args = parse_args()
    X, y = load_claims(args.data)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=args.seed)

    ratio = float(np.sum(y_tr == 0)) / np.sum(y_tr == 1)
    model = XGBClassifier(
        n_estimators=args.trees,
        max_depth=args.depth,
        learning_rate=0.05,
        subsample=0.9,
        colsample_bytree=0.7,
        scale_pos_weight=ratio,
        eval_metric="logloss",
        random_state=args.seed,
    )
    model.fit(X_tr, y_tr)

    acc = accuracy_score(y_te, model.predict(X_te))  # expect: LK601
    print(json.dumps({"scale_pos_weight": round(ratio, 3), "test_accuracy": round(acc, 4)}))


if __name__ == "__main__":
    main()
