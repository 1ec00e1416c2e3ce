import numpy as np
import pandas as pd
from imblearn.combine import SMOTETomek
from lightgbm import LGBMClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

plates = pd.read_csv("faults.csv")
fault_cols = ["Pastry", "Z_Scratch", "K_Scatch", "Stains", "Dirtiness", "Bumps", "Other_Faults"]
y = plates[fault_cols].to_numpy().argmax(axis=1)
X = plates.drop(columns=fault_cols).to_numpy()

X_bal, y_bal = SMOTETomek(random_state=0).fit_resample(X, y)  # expect: LK201

f1s = []
for trn, val in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X_bal, y_bal):
    model = LGBMClassifier(n_estimators=400, learning_rate=0.05, verbose=-1)
    model.fit(X_bal[trn], y_bal[trn])
    f1s.append(f1_score(y_bal[val], model.predict(X_bal[val]), average="macro"))
print("macro F1: %.4f" % np.mean(f1s))
