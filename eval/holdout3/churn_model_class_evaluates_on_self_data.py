import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score


class ChurnModel:
    def __init__(self, frame, target="churn"):
        self.y = frame[target]
        self.X = frame.drop(columns=[target])
        self.clf = GradientBoostingClassifier(random_state=0)

    def fit(self):
        self.clf.fit(self.X, self.y)
        return self

    def evaluate(self):
        return roc_auc_score(self.y, self.clf.predict_proba(self.X)[:, 1])  # expect: LK401


def simulate(n=3000, seed=3):
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "tenure": rng.integers(1, 72, n),
        "monthly": rng.normal(70, 20, n),
        "tickets": rng.poisson(1.0, n),
    })
    p = 1 / (1 + np.exp(0.05 * frame["tenure"] - 0.4 * frame["tickets"] - 0.01 * frame["monthly"]))
    frame["churn"] = (rng.random(n) < p).astype(int)
    return frame


if __name__ == "__main__":
    cm = ChurnModel(simulate()).fit()
    print("AUC:", cm.evaluate())
