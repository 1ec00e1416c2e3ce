"""Next-day return model for a basket of sector ETFs.

Research script: builds a panel-free feature set per ticker and reports the
forward-chaining cross-validated information coefficient.
"""
import argparse
import sys

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import make_scorer
from sklearn.model_selection import TimeSeriesSplit, cross_val_score


def ic(y_true, y_pred):
    return spearmanr(y_true, y_pred).correlation


def read_ticker(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, index_col="date", parse_dates=True)
    df.columns = [c.lower() for c in df.columns]
    return df.sort_index()


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    ret = df["close"].pct_change()
    out["ret_1"] = ret
    out["ret_5"] = df["close"].pct_change(5)
    out["ret_21"] = df["close"].pct_change(21)
    out["vol_21"] = ret.rolling(21).std()
    out["volume_z"] = (df["volume"] - df["volume"].rolling(63).mean()) / df["volume"].rolling(63).std()
    out["volume_lead1"] = df["volume"].shift(-1)  # expect: LK503
    out["gap"] = df["open"] / df["close"].shift(1) - 1
    out["target"] = ret.shift(-1)
    return out.dropna()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", help="daily OHLCV file of one ticker, e.g. data/XLK.csv")
    ap.add_argument("--splits", type=int, default=8)
    args = ap.parse_args(argv)

    data = engineer(read_ticker(args.csv))
    X = data.drop(columns="target")
    y = data["target"]

    model = HistGradientBoostingRegressor(max_depth=3, learning_rate=0.05, max_iter=300)
    scores = cross_val_score(model, X, y, cv=TimeSeriesSplit(n_splits=args.splits),
                             scoring=make_scorer(ic))
    print("IC per fold:", np.round(scores, 4))
    print("mean IC: %.4f" % scores.mean())
    return 0


if __name__ == "__main__":
    sys.exit(main())
