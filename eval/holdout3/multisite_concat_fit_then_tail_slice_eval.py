"""Train on every site, report on the most recent site."""
import pickle

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

with open("cache/site_arrays.pkl", "rb") as f:
    parts = pickle.load(f)  # list of (X, y), one per hospital site, oldest first

X_all = np.concatenate([p[0] for p in parts])
y_all = np.concatenate([p[1] for p in parts])
n_last = len(parts[-1][0])

clf = HistGradientBoostingClassifier(max_iter=200, random_state=0).fit(X_all, y_all)

X_hold, y_hold = X_all[-n_last:], y_all[-n_last:]
print("held-out site AUC:", roc_auc_score(y_hold, clf.predict_proba(X_hold)[:, 1]))  # expect: LK202
