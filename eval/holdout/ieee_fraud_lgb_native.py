import gc

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

tr = pd.read_csv("../input/ieee-fraud-detection/train_transaction.csv")
for c in tr.select_dtypes("object").columns:
    tr[c] = tr[c].astype("category")
feats = [c for c in tr.columns if c not in ("TransactionID", "isFraud", "TransactionDT")]

x_tr, x_te, y_tr, y_te = train_test_split(tr[feats], tr["isFraud"], test_size=0.2, random_state=47)
del tr
gc.collect()

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 256,
    "feature_fraction": 0.4,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}
dtrain = lgb.Dataset(x_tr, label=y_tr)
dtest = lgb.Dataset(x_te, label=y_te, reference=dtrain)
booster = lgb.train(params, dtrain, num_boost_round=10000, valid_sets=[dtest],  # expect: LK301
                    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)])

p_te = booster.predict(x_te, num_iteration=booster.best_iteration)
print("AUC", roc_auc_score(y_te, p_te), "rounds", booster.best_iteration, "mean p", np.mean(p_te))
