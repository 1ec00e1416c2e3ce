"""Fault detection on bench sensor logs (course project, week 5)."""
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split

raw = np.loadtxt("data/sensor_readings.csv", delimiter=",", skiprows=1)
X_raw, y = raw[:, :-1], raw[:, -1].astype(int)


def impute(X, how="median"):
    """Fill the gaps left by dropped packets."""
    if how is None:
        return X
    if how == "zero":
        return np.nan_to_num(X, nan=0.0)
    imp = SimpleImputer(strategy=how)
    return imp.fit_transform(X)  # expect: LK101


X = impute(X_raw, how="median")

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

gbc = GradientBoostingClassifier(n_estimators=250, max_depth=3, random_state=0)
gbc.fit(X_tr, y_tr)
print("balanced accuracy:", balanced_accuracy_score(y_te, gbc.predict(X_te)))
