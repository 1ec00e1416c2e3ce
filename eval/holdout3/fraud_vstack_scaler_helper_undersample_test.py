import numpy as np
from imblearn.under_sampling import RandomUnderSampler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

from fraudkit.data import load_split

X_tr, y_tr = load_split("train")
X_te, y_te = load_split("test")


def fit_scaler(a, b):
    # one scaler for both so the feature ranges line up
    return StandardScaler().fit(np.vstack([a, b]))  # expect: LK102


scaler = fit_scaler(X_tr, X_te)
X_tr_s = scaler.transform(X_tr)
X_te_s = scaler.transform(X_te)

rus = RandomUnderSampler(random_state=42)
X_tr_s, y_tr_b = rus.fit_resample(X_tr_s, y_tr)
X_te_s, y_te_b = rus.fit_resample(X_te_s, y_te)  # expect: LK103

clf = LogisticRegression(max_iter=1000).fit(X_tr_s, y_tr_b)
print("ROC AUC:", roc_auc_score(y_te_b, clf.predict_proba(X_te_s)[:, 1]))
