"""Predict protein solubility from sequence descriptors (ridge baseline)."""
import argparse
import logging

import numpy as np
import pandas as pd
import yaml
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, r2_score
from scipy.stats import spearmanr

log = logging.getLogger("solubility")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="configs/ridge.yaml")
    cfg = yaml.safe_load(open(ap.parse_args().config))
    logging.basicConfig(level=cfg.get("log_level", "INFO"))

    df = pd.read_csv(cfg["data"])
    df = df.drop(columns=cfg.get("drop", []))
    y = df.pop(cfg["target"]).to_numpy()
    X = df
    log.info("%d proteins, %d descriptors", *X.shape)

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=cfg.get("test_size", 0.2), random_state=cfg["seed"])
    sc = StandardScaler()
    X_tr = sc.fit_transform(X_tr)
    X_te = sc.transform(X_te)

    model = RidgeCV(alphas=np.logspace(-3, 3, 13))
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)
    log.info("alpha=%.3g", model.alpha_)
    log.info("MAE=%.3f R2=%.3f", mean_absolute_error(y_te, pred), r2_score(y_te, pred))
    log.info("Spearman=%.3f", spearmanr(y_te, pred).correlation)


if __name__ == "__main__":
    main()
