# LightGBM (native API) for loan default prediction
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

loans = pd.read_csv("loan_data.csv")
loans = loans.drop(columns=["loan_id"])
for col in ["grade", "home_ownership", "purpose", "emp_length"]:
    loans[col] = loans[col].astype("category")

target = loans.pop("default")
X_train, X_test, y_train, y_test = train_test_split(loans, target, test_size=0.25, random_state=2024, stratify=target)

train_set = lgb.Dataset(X_train, label=y_train)
test_set = lgb.Dataset(X_test, label=y_test, reference=train_set)

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 63,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "min_data_in_leaf": 40,
    "verbosity": -1,
}

booster = lgb.train(  # expect: LK301
    params,
    train_set,
    num_boost_round=10000,
    valid_sets=[train_set, test_set],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(period=250)],
)

pred = booster.predict(X_test, num_iteration=booster.best_iteration)
print("best iteration:", booster.best_iteration)
print("test AUC: %.5f" % roc_auc_score(y_test, pred))
imp = pd.Series(booster.feature_importance("gain"), index=booster.feature_name())
print(imp.sort_values(ascending=False).head(15))
