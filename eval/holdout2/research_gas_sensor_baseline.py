#!/usr/bin/env python
"""Baseline classifiers for the gas-sensor drift experiments (Sec. 4.1)."""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

logger = logging.getLogger(__name__)


def load_sensor_data(path: str) -> tuple[np.ndarray, np.ndarray]:
    df = pd.read_csv(path)
    y = df["gas"].to_numpy()
    X = df.filter(like="sensor_").to_numpy(dtype=np.float64)
    return X, y


def preprocess(X: np.ndarray) -> np.ndarray:
    """Impute dead channels and standardise every sensor."""
    imputer = SimpleImputer(strategy="mean")
    X = imputer.fit_transform(X)  # expect: LK101
    scaler = StandardScaler()
    return scaler.fit_transform(X)  # expect: LK101


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default="data/gas_drift.csv")
    p.add_argument("--test-size", type=float, default=0.3)
    p.add_argument("--C", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args()


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    X, y = load_sensor_data(args.data)
    logger.info("loaded %d samples with %d channels", *X.shape)
    X = preprocess(X)

    X_tr, X_te, y_tr, y_te = train_test_split(
        X, y, test_size=args.test_size, stratify=y, random_state=args.seed
    )
    clf = LogisticRegression(C=args.C, max_iter=5000, multi_class="auto")
    clf.fit(X_tr, y_tr)
    y_hat = clf.predict(X_te)
    logger.info("test accuracy %.4f", accuracy_score(y_te, y_hat))
    logger.info("test macro-F1 %.4f", f1_score(y_te, y_hat, average="macro"))


if __name__ == "__main__":
    main()
