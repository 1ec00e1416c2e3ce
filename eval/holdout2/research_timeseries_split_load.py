"""Day-ahead electricity load forecasting with lagged features."""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import mean_absolute_percentage_error

log = logging.getLogger("load")


@dataclass(frozen=True)
class Cfg:
    path: str = "data/load_hourly.csv"
    lags: tuple[int, ...] = (24, 48, 168)
    holdout_days: int = 60
    seed: int = 0


def make_features(df: pd.DataFrame, lags) -> pd.DataFrame:
    out = df.copy()
    for lag in lags:
        out[f"lag_{lag}"] = out["load"].shift(lag)
    out["hour"] = out.index.hour
    out["dow"] = out.index.dayofweek
    out["rolling_24_prev"] = out["load"].shift(24).rolling(24).mean()
    return out.dropna()


def main(cfg: Cfg) -> None:
    df = pd.read_csv(cfg.path, parse_dates=["ts"], index_col="ts").sort_index()
    feats = make_features(df, cfg.lags)
    X, y = feats.drop(columns=["load"]), feats["load"]

    n_hold = cfg.holdout_days * 24
    X_dev, X_hold = X.iloc[:-n_hold], X.iloc[-n_hold:]
    y_dev, y_hold = y.iloc[:-n_hold], y.iloc[-n_hold:]

    model = make_pipeline(StandardScaler(), RandomForestRegressor(n_estimators=300, random_state=cfg.seed))
    cv_scores = cross_val_score(model, X_dev, y_dev, cv=TimeSeriesSplit(n_splits=5),
                                scoring="neg_mean_absolute_percentage_error")
    log.info("CV MAPE %.3f", -np.mean(cv_scores))

    model.fit(X_dev, y_dev)
    log.info("hold-out MAPE %.3f", mean_absolute_percentage_error(y_hold, model.predict(X_hold)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default=Cfg.path)
    main(Cfg(path=ap.parse_args().path))
