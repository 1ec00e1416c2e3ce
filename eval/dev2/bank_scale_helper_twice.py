"""Bank-marketing benchmark, arrays already split on disk."""
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def load(prefix):
    arr = np.load(f"{prefix}.npz")
    return arr["X"], arr["y"]


def scale(X):
    return StandardScaler().fit_transform(X)  # expect: LK103


def main():
    Xtr, ytr = load("bank_train")
    Xte, yte = load("bank_test")
    Xtr = scale(Xtr)
    Xte = scale(Xte)
    model = LogisticRegression(C=0.3, max_iter=2000)
    model.fit(Xtr, ytr)
    print("AUC", roc_auc_score(yte, model.predict_proba(Xte)[:, 1]))


if __name__ == "__main__":
    main()
