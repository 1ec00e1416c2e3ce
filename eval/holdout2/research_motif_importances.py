"""Fit a random forest on motif-count features and report how well it explains the labels.

Used for Figure 3 (feature importances of promoter motifs).
"""
import argparse
import logging
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, matthews_corrcoef

logger = logging.getLogger("motifs")


def main(args):
    counts = pd.read_csv(args.counts, index_col=0)
    labels = pd.read_csv(args.labels, index_col=0)["active"]
    counts = counts.loc[labels.index]
    logger.info("%d promoters x %d motifs", *counts.shape)

    rf = RandomForestClassifier(n_estimators=args.trees, max_features="sqrt", n_jobs=-1, random_state=args.seed)
    rf.fit(counts.values, labels.values)

    predicted = rf.predict(counts.values)
    logger.info("accuracy: %.3f", accuracy_score(labels.values, predicted))  # expect: LK401
    logger.info("MCC: %.3f", matthews_corrcoef(labels.values, predicted))  # related: LK401

    imp = pd.Series(rf.feature_importances_, index=counts.columns).nlargest(20)
    fig, ax = plt.subplots(figsize=(6, 7))
    imp[::-1].plot.barh(ax=ax)
    ax.set_xlabel("mean decrease in impurity")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    fig.savefig(out / "fig3_importances.pdf", bbox_inches="tight")
    np.save(out / "importances.npy", rf.feature_importances_)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--counts", default="data/motif_counts.csv")
    ap.add_argument("--labels", default="data/activity.csv")
    ap.add_argument("--trees", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="figures")
    main(ap.parse_args())
