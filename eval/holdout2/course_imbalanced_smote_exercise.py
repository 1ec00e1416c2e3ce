# COMP 551 - Assignment 4, Exercise 5: learning from imbalanced data
#
# The "thyroid" data has ~6% positive cases. In this exercise you will
# (a) look at the class distribution, (b) balance the classes with Borderline-SMOTE,
# (c) estimate the F1 score of a random forest with 5-fold cross-validation.

import numpy as np
import pandas as pd
from collections import Counter
from imblearn.over_sampling import BorderlineSMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

# (a)
thyroid = pd.read_csv("thyroid_sick.csv")
thyroid = thyroid.drop(columns=["TBG", "TBG_measured"]).replace("?", np.nan).dropna()
y = (thyroid.pop("class") == "sick").astype(int).to_numpy()
X = pd.get_dummies(thyroid, drop_first=True).to_numpy(dtype=float)
print("class counts:", Counter(y))

# (b)
bsmote = BorderlineSMOTE(kind="borderline-1", random_state=551)
X_bal, y_bal = bsmote.fit_resample(X, y)  # expect: LK201
print("after Borderline-SMOTE:", Counter(y_bal))

# (c)
forest = RandomForestClassifier(n_estimators=200, random_state=551)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=551)
f1 = cross_val_score(forest, X_bal, y_bal, cv=skf, scoring="f1")
print("F1 per fold:", np.round(f1, 3))
print("mean F1: %.3f" % f1.mean())
