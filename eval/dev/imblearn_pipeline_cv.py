from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.preprocessing import StandardScaler

X, y = make_classification(n_samples=5000, n_features=20, n_informative=6,
                           weights=[0.97, 0.03], random_state=10)

pipeline = ImbPipeline(steps=[
    ("scale", StandardScaler()),
    ("smote", SMOTE(k_neighbors=5, random_state=10)),
    ("model", RandomForestClassifier(n_estimators=200, random_state=10)),
])

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=10)
results = cross_validate(pipeline, X, y, cv=cv, scoring=["roc_auc", "f1"], n_jobs=-1)
print("ROC AUC: %.3f" % results["test_roc_auc"].mean())
print("F1:      %.3f" % results["test_f1"].mean())
