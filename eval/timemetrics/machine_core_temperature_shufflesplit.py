"""Virtual sensor: estimate a machine's core temperature from cheaper sensors.

The core probe fails often; we want a regression model that reconstructs its value
from ambient temperature, motor current, vibration and fan speed.

Usage:
    python machine_core_temperature_shufflesplit.py --minutes 30000 --splits 5
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import ShuffleSplit


def simulate_readings(n_minutes: int, seed: int) -> pd.DataFrame:
    """One reading per minute, as exported by the plant historian."""
    rng = np.random.default_rng(seed)
    index = pd.date_range("2023-03-01", periods=n_minutes, freq="min")
    t = np.arange(n_minutes)

    ambient = 21.0 + 3.0 * np.sin(2 * np.pi * t / 1440) + rng.normal(0, 0.3, n_minutes)
    current = np.clip(8.0 + np.cumsum(rng.normal(0, 0.05, n_minutes)), 2.0, 15.0)
    vibration = np.abs(rng.normal(0.4, 0.1, n_minutes)) + 0.02 * current
    fan_rpm = 1200 + 40 * current + rng.normal(0, 25, n_minutes)

    frame = pd.DataFrame(
        {"ambient": ambient, "current": current, "vibration": vibration, "fan_rpm": fan_rpm},
        index=index,
    )
    frame["core_temp"] = (
        30.0 + 0.8 * frame["ambient"] + 2.1 * frame["current"] - 0.004 * frame["fan_rpm"]
        + rng.normal(0, 0.5, n_minutes)
    )
    return frame


def add_window_features(frame: pd.DataFrame, windows) -> pd.DataFrame:
    out = frame.copy()
    for w in windows:
        out[f"current_mean_{w}"] = out["current"].rolling(w).mean()
        out[f"vibration_std_{w}"] = out["vibration"].rolling(w).std()
        out[f"fan_rpm_mean_{w}"] = out["fan_rpm"].rolling(w).mean()
    out["ambient_delta"] = out["ambient"].diff()
    return out.dropna()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=int, default=20000)
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="virtual_sensor_scores.json")
    args = parser.parse_args()

    readings = simulate_readings(args.minutes, args.seed)
    data = add_window_features(readings, windows=(5, 15, 60))

    target = "core_temp"
    X = data.drop(columns=[target]).to_numpy()
    y = data[target].to_numpy()

    splitter = ShuffleSplit(n_splits=args.splits, test_size=args.test_size, random_state=args.seed)
    maes, r2s = [], []
    for train_idx, test_idx in splitter.split(X):  # expect: LK502
        model = ExtraTreesRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1,
                                    random_state=args.seed)
        model.fit(X[train_idx], y[train_idx])
        pred = model.predict(X[test_idx])
        maes.append(mean_absolute_error(y[test_idx], pred))
        r2s.append(r2_score(y[test_idx], pred))

    result = {"mae_mean": float(np.mean(maes)), "mae_std": float(np.std(maes)),
              "r2_mean": float(np.mean(r2s))}
    print(json.dumps(result, indent=2))
    with open(args.out, "w") as fh:
        json.dump(result, fh)


if __name__ == "__main__":
    main()
