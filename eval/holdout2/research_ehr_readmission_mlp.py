"""Readmission prediction from EHR summary features (Section 5 baseline)."""
import logging
import sys

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s | %(message)s")
logger = logging.getLogger(__name__)

SETTINGS = {
    "csv": "data/ehr_summary.csv",
    "target": "readmitted_30d",
    "hidden": (128, 64),
    "seed": 2023,
}


def main(settings: dict) -> None:
    df = pd.read_csv(settings["csv"])
    df = df.dropna(subset=[settings["target"]])
    logger.info("cohort size: %d", len(df))

    num_cols = [c for c in df.select_dtypes(include=[np.number]).columns if c != settings["target"]]
    df[num_cols] = df[num_cols].clip(lower=-1e6, upper=1e6)
    df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()  # expect: LK105
    df[num_cols] = df[num_cols].fillna(0.0)

    X = df[num_cols].to_numpy()
    y = df[settings["target"]].to_numpy()
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=settings["seed"])

    mlp = MLPClassifier(hidden_layer_sizes=settings["hidden"], early_stopping=True,
                        max_iter=300, random_state=settings["seed"])
    mlp.fit(X_train, y_train)
    p = mlp.predict_proba(X_test)[:, 1]
    logger.info("AUROC %.4f", roc_auc_score(y_test, p))
    logger.info("AUPRC %.4f", average_precision_score(y_test, p))


if __name__ == "__main__":
    main(SETTINGS)
