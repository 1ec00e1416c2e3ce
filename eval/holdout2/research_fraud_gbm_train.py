"""Train the production fraud-score model.

1. estimate generalisation with repeated stratified CV (pipeline, so no fold leaks)
2. fit the same pipeline on all data and serialise it for serving
"""
import argparse
import json
import logging

import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import QuantileTransformer

LOG = logging.getLogger("train")


def make_model(seed: int) -> Pipeline:
    return Pipeline([
        ("impute", SimpleImputer(strategy="median", add_indicator=True)),
        ("quantile", QuantileTransformer(n_quantiles=200, output_distribution="normal")),
        ("gbm", GradientBoostingClassifier(n_estimators=300, max_depth=3, subsample=0.8, random_state=seed)),
    ])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/transactions_features.csv")
    ap.add_argument("--model-out", default="artifacts/fraud_gbm.joblib")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv(args.data)
    X = df.drop(columns=["is_fraud", "transaction_id"])
    y = df["is_fraud"]

    cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=args.seed)
    scores = cross_val_score(make_model(args.seed), X, y, scoring="average_precision", cv=cv, n_jobs=-1)
    LOG.info("CV average precision: %.4f +- %.4f", scores.mean(), scores.std())

    model = make_model(args.seed).fit(X, y)
    train_ap = model.score(X, y)
    LOG.info("training accuracy of the deployed model: %.4f", train_ap)
    joblib.dump(model, args.model_out)
    with open(args.model_out + ".json", "w") as fh:
        json.dump({"cv_ap_mean": float(np.mean(scores)), "cv_ap_std": float(np.std(scores))}, fh)


if __name__ == "__main__":
    main()
