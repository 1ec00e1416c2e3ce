import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

sat = pd.read_csv("satellite_anomaly.csv")
X = sat.drop(columns=["anomaly"]).to_numpy()
y = sat["anomaly"].to_numpy()

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
fold_f1 = []
for i, (fit_rows, hold_rows) in enumerate(skf.split(X, y)):
    X_fit, y_fit = SMOTE(random_state=5).fit_resample(X[fit_rows], y[fit_rows])
    rf = RandomForestClassifier(n_estimators=300, random_state=5).fit(X_fit, y_fit)
    fold_f1.append(f1_score(y[hold_rows], rf.predict(X[hold_rows])))
    print(f"fold {i}: F1={fold_f1[-1]:.3f}")
print("mean F1:", np.mean(fold_f1))
