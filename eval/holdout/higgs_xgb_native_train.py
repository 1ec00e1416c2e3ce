import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score

data = np.loadtxt("HIGGS_sample.csv", delimiter=",")
labels, feats = data[:, 0], data[:, 1:]
n_test = 50_000
X_train, y_train = feats[:-n_test], labels[:-n_test]
X_test, y_test = feats[-n_test:], labels[-n_test:]

dtrain = xgb.DMatrix(X_train, label=y_train)
dtest = xgb.DMatrix(X_test, label=y_test)
param = {"objective": "binary:logistic", "eta": 0.1, "max_depth": 8, "eval_metric": "auc", "tree_method": "hist"}

bst = xgb.train(  # expect: LK301
    param,
    dtrain,
    num_boost_round=3000,
    evals=[(dtrain, "train"), (dtest, "test")],
    early_stopping_rounds=50,
    verbose_eval=100,
)
pred = bst.predict(dtest, iteration_range=(0, bst.best_iteration + 1))
print("test AUC:", roc_auc_score(y_test, pred))
