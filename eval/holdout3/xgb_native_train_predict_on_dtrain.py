import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score


def make_dataset(n=10000, d=15, seed=0):
    rs = np.random.RandomState(seed)
    X = rs.normal(size=(n, d))
    logits = X[:, 0] - 2 * X[:, 1] + X[:, 2] * X[:, 3]
    y = (rs.rand(n) < 1 / (1 + np.exp(-logits))).astype(int)
    return X, y


X, y = make_dataset()
dtrain = xgb.DMatrix(X, label=y)
params = {"objective": "binary:logistic", "max_depth": 4, "eta": 0.1, "eval_metric": "auc"}
bst = xgb.train(params, dtrain, num_boost_round=200)

pred = bst.predict(dtrain)
print("AUC", roc_auc_score(y, pred))  # expect: LK401
