"""Substation load model with forward-chaining evaluation.

Gaps in the SCADA feed are carried forward (the last known value is what the
operator would have seen). All windows look backwards.
"""
import argparse

import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit


def prepare(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["ts"], index_col="ts").sort_index()
    df = df.resample("h").mean()
    df[["load_kw", "temp_c", "irradiance"]] = df[["load_kw", "temp_c", "irradiance"]].ffill()

    df["hour"] = df.index.hour
    df["dow"] = df.index.dayofweek
    df["load_lag_24"] = df["load_kw"].shift(24)
    df["load_lag_48"] = df["load_kw"].shift(48)
    df["load_lag_168"] = df["load_kw"].shift(168)
    df["load_mean_24_prev_day"] = df["load_kw"].shift(24).rolling(24).mean()
    df["temp_mean_6h"] = df["temp_c"].rolling(6).mean()
    df["temp_max_24h"] = df["temp_c"].rolling(24).max()
    df["irr_mean_3h"] = df["irradiance"].rolling(3).mean()
    return df.dropna()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="scada/substation_17.csv")
    ap.add_argument("--splits", type=int, default=6)
    ap.add_argument("--gap", type=int, default=24, help="hours between train and test folds")
    args = ap.parse_args()

    df = prepare(args.data)
    features = [c for c in df.columns if c != "load_kw"]
    X, y = df[features], df["load_kw"]

    tscv = TimeSeriesSplit(n_splits=args.splits, gap=args.gap)
    errors = []
    for i, (tr_idx, te_idx) in enumerate(tscv.split(X)):
        model = LGBMRegressor(n_estimators=500, learning_rate=0.05, num_leaves=63, verbose=-1)
        model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
        mae = mean_absolute_error(y.iloc[te_idx], model.predict(X.iloc[te_idx]))
        errors.append(mae)
        print(f"fold {i}: {X.index[te_idx[0]]:%Y-%m-%d} .. {X.index[te_idx[-1]]:%Y-%m-%d}  MAE {mae:.1f} kW")
    print(f"mean MAE {np.mean(errors):.1f} kW")


if __name__ == "__main__":
    main()
