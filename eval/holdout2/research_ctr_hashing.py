"""Click-through-rate baseline on the ad-impressions log (logistic regression on hashed features)."""
import argparse
import logging
import time

import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import log_loss, roc_auc_score

LOGGER = logging.getLogger("ctr")
ID_COLUMNS = ("impression_id", "user_id", "timestamp")
LABEL = "clicked"


def to_dicts(frame: pd.DataFrame) -> list[dict]:
    return [{f"{k}={v}": 1 for k, v in row.items()} for row in frame.astype(str).to_dict("records")]


def main(args: argparse.Namespace) -> None:
    t0 = time.time()
    df = pd.read_csv(args.path, nrows=args.nrows)
    LOGGER.info("read %d rows in %.1fs", len(df), time.time() - t0)

    feature_cols = [c for c in df.columns if c not in ID_COLUMNS]
    X = df[feature_cols]  # expect: LK501
    y = df[LABEL].to_numpy()

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.1, random_state=args.seed)
    hasher = FeatureHasher(n_features=2 ** 20, input_type="dict")
    H_tr = hasher.transform(to_dicts(X_tr))
    H_te = hasher.transform(to_dicts(X_te))

    clf = SGDClassifier(loss="log_loss", alpha=1e-6, max_iter=20, random_state=args.seed)
    clf.fit(H_tr, y_tr)
    p = clf.predict_proba(H_te)[:, 1]
    LOGGER.info("logloss=%.5f auc=%.5f", log_loss(y_te, p), roc_auc_score(y_te, p))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--path", default="data/impressions.csv")
    parser.add_argument("--nrows", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=3)
    main(parser.parse_args())
