"""Seizure detection from hand-crafted EEG band-power features.

Usage: python eeg_research_pipeline.py --data features.parquet --out results.json
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import PowerTransformer

log = logging.getLogger("eeg")
BANDS = ("delta", "theta", "alpha", "beta", "gamma")


def build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("results.json"))
    ap.add_argument("--trees", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    return ap


def band_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if c.split("_")[0] in BANDS]


def run(args: argparse.Namespace) -> dict:
    frame = pd.read_parquet(args.data)
    cols = band_columns(frame)
    log.info("%d windows, %d band features", len(frame), len(cols))

    # some channels drop out: impute with the channel average
    frame[cols] = frame[cols].fillna(frame[cols].mean())  # expect: LK105

    splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=args.seed)
    train_idx, test_idx = next(splitter.split(frame, groups=frame["patient_id"]))
    train, test = frame.iloc[train_idx], frame.iloc[test_idx]

    power = PowerTransformer(method="yeo-johnson")
    X_train = power.fit_transform(train[cols])
    X_test = power.fit_transform(test[cols])  # expect: LK103

    clf = ExtraTreesClassifier(n_estimators=args.trees, random_state=args.seed, n_jobs=-1)
    clf.fit(X_train, train["seizure"])
    auc = roc_auc_score(test["seizure"], clf.predict_proba(X_test)[:, 1])
    importances = dict(zip(cols, np.round(clf.feature_importances_, 5).tolist()))
    return {"auc": auc, "n_train": len(train), "n_test": len(test), "importances": importances}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    args = build_argparser().parse_args()
    result = run(args)
    args.out.write_text(json.dumps(result, indent=2))
    log.info("AUC %.4f", result["auc"])


if __name__ == "__main__":
    main()
