"""Day-ahead load model for a regional grid operator.

Hourly load and weather station temperature. The station is noisy, so the
temperature is smoothed before it is used as a regressor.

    python grid_load_centered_temperature_smoothing.py --data data/region_load.csv --cutoff 2022-01-01
"""
import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error


def load_data(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["timestamp"], index_col="timestamp")
    df = df.sort_index().asfreq("h")
    df["load_mw"] = df["load_mw"].ffill()
    df["temperature"] = df["temperature"].ffill()
    return df


def build_features(df: pd.DataFrame, smooth_hours: int) -> pd.DataFrame:
    out = df.copy()
    out["hour"] = out.index.hour
    out["dow"] = out.index.dayofweek
    out["month"] = out.index.month
    out["load_lag_24"] = out["load_mw"].shift(24)
    out["load_lag_168"] = out["load_mw"].shift(168)
    out["temp_smooth"] = out["temperature"].rolling(window=smooth_hours, center=True).mean()  # expect: LK503
    out["cooling_degree"] = (out["temperature"] - 18.0).clip(lower=0)
    out["heating_degree"] = (18.0 - out["temperature"]).clip(lower=0)
    return out.dropna()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("data/region_load.csv"))
    ap.add_argument("--cutoff", default="2022-01-01")
    ap.add_argument("--smooth-hours", type=int, default=5)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    feats = build_features(load_data(args.data), args.smooth_hours)
    cols = ["hour", "dow", "month", "load_lag_24", "load_lag_168",
            "temp_smooth", "cooling_degree", "heating_degree"]

    train = feats[feats.index < args.cutoff]
    test = feats[feats.index >= args.cutoff]

    model = GradientBoostingRegressor(n_estimators=600, max_depth=4, learning_rate=0.05,
                                      subsample=0.8, random_state=args.seed)
    model.fit(train[cols], train["load_mw"])
    pred = model.predict(test[cols])

    mape = mean_absolute_percentage_error(test["load_mw"], pred)
    print(f"test period {test.index.min():%Y-%m-%d} .. {test.index.max():%Y-%m-%d}")
    print(f"MAPE {100 * mape:.2f}%")
    pd.DataFrame({"actual": test["load_mw"], "forecast": np.round(pred, 1)}).to_csv("forecast.csv")


if __name__ == "__main__":
    main()
