import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("sonar.csv", header=None)
y = (df.iloc[:, -1] == "M").astype(int).to_numpy()
X = df.iloc[:, :-1].to_numpy(dtype=float)

oof = np.zeros(len(y))
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
for fold, (tr, va) in enumerate(skf.split(X, y)):
    scaler = StandardScaler()
    X_tr = scaler.fit_transform(X[tr])
    X_va = scaler.transform(X[va])
    model = LogisticRegression(C=0.3, max_iter=2000)
    model.fit(X_tr, y[tr])
    oof[va] = model.predict_proba(X_va)[:, 1]
    print("fold", fold, "auc", round(roc_auc_score(y[va], oof[va]), 4))

print("overall OOF AUC:", round(roc_auc_score(y, oof), 4))
