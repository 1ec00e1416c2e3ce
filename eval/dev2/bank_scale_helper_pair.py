"""Bank-marketing benchmark, arrays already split on disk."""
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss


def load(prefix):
    arr = np.load(f"{prefix}.npz")
    return arr["X"], arr["y"]


def scale(train, test):
    s = StandardScaler().fit(train)
    return s.transform(train), s.transform(test)


def main():
    Xtr, ytr = load("bank_train")
    Xte, yte = load("bank_test")
    Xtr, Xte = scale(Xtr, Xte)
    model = LogisticRegression(C=0.3, max_iter=2000)
    model.fit(Xtr, ytr)
    proba = model.predict_proba(Xte)[:, 1]
    print("AUC", roc_auc_score(yte, proba))
    print("log loss", log_loss(yte, proba))


if __name__ == "__main__":
    main()
