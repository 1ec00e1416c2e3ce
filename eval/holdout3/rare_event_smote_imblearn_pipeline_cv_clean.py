from imblearn.over_sampling import SMOTE
from imblearn.pipeline import make_pipeline as make_imb_pipeline
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler

X, y = make_classification(n_samples=5000, n_features=15, n_informative=6,
                           weights=[0.95, 0.05], random_state=1)

pipe = make_imb_pipeline(StandardScaler(), SMOTE(k_neighbors=5, random_state=1),
                         RandomForestClassifier(n_estimators=200, random_state=1))
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
scores = cross_val_score(pipe, X, y, cv=cv, scoring="f1")
print("CV F1: %.3f +/- %.3f" % (scores.mean(), scores.std()))
