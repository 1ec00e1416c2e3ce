import lightgbm as lgb
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("santander_train.csv")
features = [c for c in df.columns if c.startswith("var_")]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["target"], test_size=0.2, stratify=df["target"], random_state=44
)

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 15,
    "feature_fraction": 0.05,
    "bagging_fraction": 0.4,
    "bagging_freq": 5,
    "verbose": -1,
}
dtrain = lgb.Dataset(X_train, label=y_train)
dtest = lgb.Dataset(X_test, label=y_test, reference=dtrain)
booster = lgb.train(  # expect: LK301
    params,
    dtrain,
    num_boost_round=20000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(300), lgb.log_evaluation(1000)],
)
pred = booster.predict(X_test, num_iteration=booster.best_iteration)
print("test AUC:", roc_auc_score(y_test, pred))
