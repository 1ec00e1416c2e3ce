import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import MinMaxScaler

SEED = 2021
N_FOLDS = 5


def load():
    df = pd.read_csv("ionosphere.csv")
    y = (df.pop("class") == "g").astype(int).to_numpy()
    return df.to_numpy(dtype=float), y


X, y = load()
X_scaled = MinMaxScaler().fit_transform(X)

oof = np.zeros(len(y))
skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=SEED)
for fold, (trn_idx, val_idx) in enumerate(skf.split(X_scaled, y)):  # expect: LK104
    clf = LogisticRegression(C=0.5, max_iter=2000)
    clf.fit(X_scaled[trn_idx], y[trn_idx])
    oof[val_idx] = clf.predict_proba(X_scaled[val_idx])[:, 1]
    print(f"fold {fold}: auc={roc_auc_score(y[val_idx], oof[val_idx]):.4f}")

print(f"OOF AUC: {roc_auc_score(y, oof):.4f}")
