# -*- coding: utf-8 -*-
"""Seizure detection from EEG band-power features: 10-fold evaluation."""
import logging
import numpy as np
from scipy.io import loadmat
from sklearn import preprocessing
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC
from sklearn.metrics import roc_auc_score, balanced_accuracy_score

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("eeg")

CFG = dict(n_splits=10, C=4.0, gamma="scale", seed=7, data="features/bandpower.mat")


def load(path):
    mat = loadmat(path)
    return mat["X"].astype(np.float32), mat["y"].ravel().astype(int)


def run(cfg):
    X, y = load(cfg["data"])
    logger.info("X=%s positives=%d", X.shape, y.sum())

    # log band power is heavy tailed; standardise each feature
    X = np.log1p(X)
    X = preprocessing.StandardScaler().fit_transform(X)

    skf = StratifiedKFold(n_splits=cfg["n_splits"], shuffle=True, random_state=cfg["seed"])
    aucs, baccs = [], []
    for fold, (tr, te) in enumerate(skf.split(X, y)):  # expect: LK104
        model = SVC(C=cfg["C"], gamma=cfg["gamma"], probability=True, class_weight="balanced")
        model.fit(X[tr], y[tr])
        p = model.predict_proba(X[te])[:, 1]
        aucs.append(roc_auc_score(y[te], p))
        baccs.append(balanced_accuracy_score(y[te], p > 0.5))
        logger.info("fold %d: AUC=%.3f bAcc=%.3f", fold, aucs[-1], baccs[-1])

    logger.info("AUC %.3f +- %.3f", np.mean(aucs), np.std(aucs))
    logger.info("bAcc %.3f +- %.3f", np.mean(baccs), np.std(baccs))
    return np.mean(aucs)


if __name__ == "__main__":
    run(CFG)
