"""Software defect prediction (NASA MDP style metrics).
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

data = pd.read_csv("defects.csv")
feats = data.drop(columns=["defective"]).to_numpy()
target_vec = data["defective"].to_numpy()

ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
feats_bal, target_bal = ros.fit_resample(feats, target_vec)  # expect: LK201

tree = DecisionTreeClassifier(max_depth=8, min_samples_leaf=5, random_state=0)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(tree, feats_bal, target_bal, cv=skf, scoring="f1")
print("F1 per fold", np.round(scores, 3))
print("mean F1", scores.mean())
