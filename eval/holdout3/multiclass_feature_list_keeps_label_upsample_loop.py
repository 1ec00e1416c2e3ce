# %%
import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

X_raw, y_raw = make_classification(n_samples=3000, n_features=8, n_informative=5, n_classes=3,
                                   weights=[0.85, 0.10, 0.05], random_state=11)
frame = pd.DataFrame(np.column_stack([X_raw, y_raw]),
                     columns=[f"f{i}" for i in range(8)] + ["label"])
frame.insert(0, "row_id", np.arange(len(frame)))

FEATURES = [c for c in frame.columns if c not in ("row_id",)]

# %%
# upsample every class to the size of the biggest one
n_max = frame["label"].value_counts().max()
parts = []
for cls, grp in frame.groupby("label"):
    parts.append(resample(grp, replace=True, n_samples=n_max, random_state=0))  # expect: LK201
balanced = pd.concat(parts, ignore_index=True)

# %%
X = balanced[FEATURES]  # expect: LK501
y = balanced["label"].astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X_tr, y_tr)
print(classification_report(y_te, rf.predict(X_te)))
