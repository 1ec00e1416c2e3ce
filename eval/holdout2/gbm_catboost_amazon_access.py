# CatBoost on the Amazon employee access challenge data
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

data = pd.read_csv("amazon_access.csv")
y = data["ACTION"]
X = data.drop(columns=["ACTION"]).astype(str)
cat_idx = list(range(X.shape[1]))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)
train_pool = Pool(X_train, y_train, cat_features=cat_idx)
test_pool = Pool(X_test, y_test, cat_features=cat_idx)

cb = CatBoostClassifier(
    iterations=5000,
    learning_rate=0.05,
    depth=6,
    loss_function="Logloss",
    eval_metric="AUC",
    random_seed=17,
    verbose=500,
)
cb.fit(train_pool, eval_set=test_pool, early_stopping_rounds=300, use_best_model=True)  # expect: LK301
print("best iteration:", cb.get_best_iteration())
print("test AUC:", roc_auc_score(y_test, cb.predict_proba(X_test)[:, 1]))
print(cb.get_feature_importance(prettified=True).head(10))
