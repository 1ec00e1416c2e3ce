"""Model selection with an inner validation split; the test split is used once."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import roc_auc_score

logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(message)s")
LOG = logging.getLogger(__name__)


@dataclass
class Experiment:
    Cs: list[float] = field(default_factory=lambda: [0.01, 0.1, 1.0, 10.0, 100.0])
    seed: int = 42
    results: dict[float, float] = field(default_factory=dict)

    def run(self) -> float:
        X, y = load_breast_cancer(return_X_y=True)
        X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=self.seed)
        X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=self.seed)

        scaler = StandardScaler().fit(X_tr)
        X_tr_s, X_val_s = scaler.transform(X_tr), scaler.transform(X_val)
        for C in self.Cs:
            model = SVC(C=C, kernel="rbf", probability=True, random_state=self.seed)
            model.fit(X_tr_s, y_tr)
            self.results[C] = roc_auc_score(y_val, model.predict_proba(X_val_s)[:, 1])
            LOG.info("C=%-6g val AUC=%.4f", C, self.results[C])

        best_C = max(self.results, key=self.results.get)
        LOG.info("selected C=%g", best_C)

        # refit on train+validation with the selected C, then a single test evaluation
        final_scaler = StandardScaler().fit(X_dev)
        final = SVC(C=best_C, kernel="rbf", probability=True, random_state=self.seed)
        final.fit(final_scaler.transform(X_dev), y_dev)
        test_auc = roc_auc_score(y_test, final.predict_proba(final_scaler.transform(X_test))[:, 1])
        LOG.info("test AUC=%.4f", test_auc)
        return test_auc


if __name__ == "__main__":
    Experiment().run()
