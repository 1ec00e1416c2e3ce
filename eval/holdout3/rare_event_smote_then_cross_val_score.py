from imblearn.over_sampling import SMOTE
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

X, y = make_classification(n_samples=5000, n_features=15, n_informative=6,
                           weights=[0.95, 0.05], random_state=1)
print("positives:", y.sum())

X_res, y_res = SMOTE(k_neighbors=5, random_state=1).fit_resample(X, y)  # expect: LK201

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
scores = cross_val_score(RandomForestClassifier(n_estimators=200, random_state=1),
                         X_res, y_res, cv=cv, scoring="f1")
print("CV F1: %.3f" % scores.mean())
