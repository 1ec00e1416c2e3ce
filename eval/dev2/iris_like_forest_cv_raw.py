"""Wheat seeds: random forest on the raw kernel measurements.
"""
import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.metrics import confusion_matrix

seeds = pd.read_csv("seeds.csv")
le = LabelEncoder()
target_vec = le.fit_transform(seeds["variety"])
feats = seeds.drop(columns=["variety"])

rf = RandomForestClassifier(n_estimators=400, max_features="sqrt", random_state=0)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(rf, feats, target_vec, cv=cv)
print("accuracy per fold:", scores.round(3), "mean:", scores.mean().round(3))

oof = cross_val_predict(rf, feats, target_vec, cv=cv)
print(pd.DataFrame(confusion_matrix(target_vec, oof), index=le.classes_, columns=le.classes_))
