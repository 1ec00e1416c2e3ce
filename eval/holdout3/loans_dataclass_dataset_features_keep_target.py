from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split


def make_loans(n=4000, seed=0):
    rng = np.random.default_rng(seed)
    records = []
    for i in range(n):
        income = rng.lognormal(10.5, 0.5)
        amount = rng.uniform(1000, 40000)
        score = rng.normal(680, 60)
        p = 1 / (1 + np.exp(-(amount / income * 3 - (score - 680) / 40 - 1)))
        records.append({"loan_id": i, "income": income, "amount": amount,
                        "fico": score, "default": int(rng.random() < p)})
    return pd.DataFrame.from_records(records)


@dataclass
class TabularDataset:
    frame: pd.DataFrame
    target: str = "default"
    id_cols: list = field(default_factory=lambda: ["loan_id"])

    def features(self):
        self.X = self.frame.drop(columns=self.id_cols)  # expect: LK501
        self.y = self.frame[self.target]
        return self.X, self.y


ds = TabularDataset(make_loans())
X, y = ds.features()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
rf = RandomForestClassifier(n_estimators=200, random_state=0).fit(X_tr, y_tr)
print("AUC:", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
