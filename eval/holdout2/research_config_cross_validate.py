"""Experiment runner for the tabular benchmark (Table 2 of the paper).

Usage: python run_benchmark.py --dataset adult --model rf --folds 10
"""
import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("benchmark")

CONFIG = {
    "adult": {"path": "data/adult.csv", "target": "income", "positive": ">50K"},
    "bank": {"path": "data/bank.csv", "target": "y", "positive": "yes"},
}
MODELS = {
    "rf": lambda seed: RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=seed),
    "lr": lambda seed: LogisticRegression(C=1.0, max_iter=2000),
}


def build_pipeline(df: pd.DataFrame, model_name: str, seed: int):
    num_cols = df.select_dtypes(include=np.number).columns.tolist()
    cat_cols = df.select_dtypes(exclude=np.number).columns.tolist()
    prep = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
        (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), cat_cols),
    )
    return make_pipeline(prep, MODELS[model_name](seed))


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", choices=sorted(CONFIG), default="adult")
    parser.add_argument("--model", choices=sorted(MODELS), default="rf")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--out", type=Path, default=Path("results"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    cfg = CONFIG[args.dataset]
    df = pd.read_csv(cfg["path"])
    y = (df[cfg["target"]] == cfg["positive"]).astype(int).to_numpy()
    X = df.drop(columns=[cfg["target"]])

    pipe = build_pipeline(X, args.model, args.seed)
    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    res = cross_validate(pipe, X, y, cv=cv, scoring=["roc_auc", "accuracy"], return_train_score=True)

    summary = {k: float(np.mean(v)) for k, v in res.items() if k.startswith(("test_", "train_"))}
    log.info("%s/%s: %s", args.dataset, args.model, json.dumps(summary, indent=2))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.dataset}_{args.model}.json").write_text(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
