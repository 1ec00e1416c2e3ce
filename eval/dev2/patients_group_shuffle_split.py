"""Ward deterioration model; several visits per patient.
"""
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score

visits = pd.read_csv("visits.csv")
feats = visits[["heart_rate", "resp_rate", "spo2", "temp", "age"]]
target_vec = visits["deteriorated"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(gss.split(feats, target_vec, groups=visits["patient_id"]))
Xtr, Xte = feats.iloc[train_idx], feats.iloc[test_idx]
ytr, yte = target_vec.iloc[train_idx], target_vec.iloc[test_idx]

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
clf.fit(Xtr, ytr)
print("patient-level holdout AUC:", roc_auc_score(yte, clf.predict_proba(Xte)[:, 1]))
