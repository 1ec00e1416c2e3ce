import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate, StratifiedKFold

data = pd.read_csv("defects.csv")
feats = data.drop(columns=["defective"]).to_numpy()
target_vec = data["defective"].to_numpy()

pipe = ImbPipeline([
    ("scale", StandardScaler()),
    ("smote", SMOTE(k_neighbors=3, random_state=0)),
    ("clf", LogisticRegression(max_iter=2000, C=0.3)),
])
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
res = cross_validate(pipe, feats, target_vec, cv=skf, scoring=["f1", "average_precision"])
print("F1:", np.round(res["test_f1"], 3), "mean", res["test_f1"].mean())
print("AP:", res["test_average_precision"].mean())
