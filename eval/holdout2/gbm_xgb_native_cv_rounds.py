# XGBoost native API: choose the number of rounds with xgb.cv on the training data
import numpy as np
import xgboost as xgb
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123, stratify=y)

dtrain = xgb.DMatrix(X_train, label=y_train)
dtest = xgb.DMatrix(X_test, label=y_test)

params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "eta": 0.05,
    "max_depth": 4,
    "subsample": 0.9,
    "colsample_bytree": 0.8,
    "seed": 123,
}

cv_results = xgb.cv(params, dtrain, num_boost_round=2000, nfold=5, stratified=True,
                    early_stopping_rounds=50, seed=123, verbose_eval=100)
n_rounds = len(cv_results)
print("rounds chosen by CV:", n_rounds)
print("CV AUC: %.4f" % cv_results["test-auc-mean"].iloc[-1])

bst = xgb.train(params, dtrain, num_boost_round=n_rounds)
p = bst.predict(dtest)
print("test AUC: %.4f" % roc_auc_score(y_test, p))
print("test accuracy: %.4f" % accuracy_score(y_test, p > 0.5))
bst.save_model("xgb_cancer.json")
np.save("test_predictions.npy", p)
