"""Human activity recognition (UCI HAR) with PCA features.

The official split provides separate train/ and test/ subject folders.
"""
import argparse
from dataclasses import dataclass

import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score, classification_report


@dataclass
class Config:
    root: str = "UCI HAR Dataset"
    n_components: int = 60
    n_estimators: int = 400
    seed: int = 0


def load_split(root: str, split: str) -> tuple[np.ndarray, np.ndarray]:
    X = np.loadtxt(f"{root}/{split}/X_{split}.txt")
    y = np.loadtxt(f"{root}/{split}/y_{split}.txt").astype(int)
    return X, y


def main(cfg: Config) -> None:
    X_train, y_train = load_split(cfg.root, "train")
    X_test, y_test = load_split(cfg.root, "test")
    print(f"train {X_train.shape}, test {X_test.shape}")

    # unsupervised steps: use every available sample (no labels involved)
    X_all = np.vstack([X_train, X_test])
    scaler = StandardScaler().fit(X_all)  # expect: LK102
    pca = PCA(n_components=cfg.n_components, random_state=cfg.seed)
    pca.fit(scaler.transform(X_all))  # expect: LK102
    print("explained variance: %.3f" % pca.explained_variance_ratio_.sum())

    Z_train = pca.transform(scaler.transform(X_train))
    Z_test = pca.transform(scaler.transform(X_test))

    clf = ExtraTreesClassifier(n_estimators=cfg.n_estimators, n_jobs=-1, random_state=cfg.seed)
    clf.fit(Z_train, y_train)
    pred = clf.predict(Z_test)
    print("accuracy: %.4f" % accuracy_score(y_test, pred))
    print(classification_report(y_test, pred, digits=3))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=Config.root)
    ap.add_argument("--n-components", type=int, default=Config.n_components)
    a = ap.parse_args()
    main(Config(root=a.root, n_components=a.n_components))
