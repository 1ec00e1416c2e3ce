"""Daily revenue forecast for the whole store chain.

Hyperparameters are picked with a forward-chaining search on the history before the
hold-out window; the last 90 days are scored once at the end.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from xgboost import XGBRegressor

log = logging.getLogger("chain_sales")

LAGS = (1, 2, 3, 7, 14, 28, 364)
WINDOWS = (7, 28)


def load_daily_revenue(path: str) -> pd.DataFrame:
    tx = pd.read_csv(path, parse_dates=["business_date"])
    daily = tx.groupby("business_date", as_index=False)["net_revenue"].sum()
    return daily.sort_values("business_date").reset_index(drop=True)


def make_features(daily: pd.DataFrame) -> pd.DataFrame:
    df = daily.copy()
    for lag in LAGS:
        df[f"rev_lag_{lag}"] = df["net_revenue"].shift(lag)
    for w in WINDOWS:
        df[f"rev_mean_{w}"] = df["net_revenue"].shift(1).rolling(w).mean()
        df[f"rev_max_{w}"] = df["net_revenue"].shift(1).rolling(w).max()
    df["dow"] = df["business_date"].dt.dayofweek
    df["dom"] = df["business_date"].dt.day
    df["month"] = df["business_date"].dt.month
    return df.dropna().reset_index(drop=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="warehouse/pos_transactions.csv")
    p.add_argument("--holdout-days", type=int, default=90)
    p.add_argument("--folds", type=int, default=5)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO)

    df = make_features(load_daily_revenue(args.data))
    feature_cols = [c for c in df.columns if c not in ("business_date", "net_revenue")]

    train = df.iloc[: -args.holdout_days]
    test = df.iloc[-args.holdout_days:]
    X_train, y_train = train[feature_cols], train["net_revenue"]
    X_test, y_test = test[feature_cols], test["net_revenue"]

    grid = {
        "max_depth": [3, 5, 7],
        "learning_rate": [0.03, 0.1],
        "n_estimators": [300, 800],
    }
    search = GridSearchCV(
        XGBRegressor(subsample=0.8, colsample_bytree=0.8, random_state=0),
        grid,
        cv=TimeSeriesSplit(n_splits=args.folds),
        scoring="neg_mean_absolute_error",
        n_jobs=-1,
    )
    search.fit(X_train, y_train)
    log.info("best params %s, cv MAE %.1f", search.best_params_, -search.best_score_)

    pred = search.best_estimator_.predict(X_test)
    log.info("hold-out MAE  %.1f", mean_absolute_error(y_test, pred))
    log.info("hold-out MAPE %.2f%%", 100 * mean_absolute_percentage_error(y_test, pred))
    np.save("holdout_predictions.npy", pred)


if __name__ == "__main__":
    main()
