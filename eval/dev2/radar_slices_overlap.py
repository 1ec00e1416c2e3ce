"""Radar returns classifier (good/bad ionosphere reflections), extra trees.
"""
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import f1_score

rng = np.random.default_rng(0)
X = np.load("radar_X.npy")
y = np.load("radar_y.npy")
n = len(X)
idx = rng.permutation(n)
X, y = X[idx], y[idx]

X_tr, y_tr = X[:int(0.8 * n)], y[:int(0.8 * n)]
X_te, y_te = X[int(0.7 * n):], y[int(0.7 * n):]

clf = ExtraTreesClassifier(n_estimators=500, n_jobs=-1, random_state=0)
print("train rows:", len(X_tr), "test rows:", len(X_te))
clf.fit(X_tr, y_tr)
print("macro F1:", f1_score(y_te, clf.predict(X_te), average="macro"))  # expect: LK202
top = np.argsort(clf.feature_importances_)[::-1][:5]
print("most useful pulses:", top)
