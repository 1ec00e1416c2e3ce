#!/usr/bin/env python
"""Ridge regression baseline on the California housing data."""
import argparse

import numpy as np
import pandas as pd
from sklearn.datasets import fetch_california_housing
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--alpha", type=float, default=1.0)
    p.add_argument("--test-size", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args()


def load_frame() -> pd.DataFrame:
    housing = fetch_california_housing(as_frame=True)
    return housing.frame


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["RoomsPerHousehold"] = df["AveRooms"] / df["AveOccup"]
    df["BedroomRatio"] = df["AveBedrms"] / df["AveRooms"]
    return df


def scale_features(X: pd.DataFrame) -> np.ndarray:
    scaler = StandardScaler()
    return scaler.fit_transform(X)  # expect: LK101


def main() -> None:
    args = parse_args()
    df = add_features(load_frame())
    y = df.pop("MedHouseVal").values
    X = scale_features(df)
    X_tr, X_te, y_tr, y_te = train_test_split(
        X, y, test_size=args.test_size, random_state=args.seed
    )
    model = Ridge(alpha=args.alpha).fit(X_tr, y_tr)
    pred = model.predict(X_te)
    rmse = np.sqrt(mean_squared_error(y_te, pred))
    print(f"alpha={args.alpha} rmse={rmse:.4f} r2={r2_score(y_te, pred):.4f}")


if __name__ == "__main__":
    main()
