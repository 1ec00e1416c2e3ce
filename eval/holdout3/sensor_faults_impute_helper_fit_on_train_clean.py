"""Fault detection on bench sensor logs (course project, week 5, fixed)."""
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split

raw = np.loadtxt("data/sensor_readings.csv", delimiter=",", skiprows=1)
X_raw, y = raw[:, :-1], raw[:, -1].astype(int)


def make_imputer(X_fit, how="median"):
    """Return an object with .transform, fitted on X_fit only."""
    if how is None:
        return None
    imp = SimpleImputer(strategy=how)
    imp.fit(X_fit)
    return imp


X_tr, X_te, y_tr, y_te = train_test_split(X_raw, y, test_size=0.25, random_state=0, stratify=y)

imp = make_imputer(X_tr, how="median")
if imp is not None:
    X_tr = imp.transform(X_tr)
    X_te = imp.transform(X_te)

gbc = GradientBoostingClassifier(n_estimators=250, max_depth=3, random_state=0)
gbc.fit(X_tr, y_tr)
print("balanced accuracy:", balanced_accuracy_score(y_te, gbc.predict(X_te)))
