import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

trn = pd.read_csv("../input/porto-seguro-safe-driver-prediction/train.csv")
tst = pd.read_csv("../input/porto-seguro-safe-driver-prediction/test.csv")
feats = [c for c in trn.columns if c not in ("id", "target") and not c.startswith("ps_calc_")]

trn[feats] = trn[feats].replace(-1, np.nan).fillna(-999)
tst[feats] = tst[feats].replace(-1, np.nan).fillna(-999)

ss = StandardScaler()
ss.fit(pd.concat([trn[feats], tst[feats]], axis=0))  # expect: LK102
trn_x = ss.transform(trn[feats])
tst_x = ss.transform(tst[feats])

tr_x, va_x, tr_y, va_y = train_test_split(trn_x, trn["target"], test_size=0.2, random_state=0, stratify=trn["target"])
logit = LogisticRegression(C=0.05, max_iter=500, solver="saga")
logit.fit(tr_x, tr_y)
auc = roc_auc_score(va_y, logit.predict_proba(va_x)[:, 1])
print(f"gini {2 * auc - 1:.5f}")

pd.DataFrame({"id": tst["id"], "target": logit.predict_proba(tst_x)[:, 1]}).to_csv("sub.csv", index=False)
