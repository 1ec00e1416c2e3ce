# XGBoost vs LightGBM vs CatBoost: which gradient boosting library wins?
import time
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score
from xgboost import XGBClassifier
from lightgbm import LGBMClassifier
from catboost import CatBoostClassifier

higgs = fetch_openml(name="higgs", version=2, as_frame=True)
df = higgs.frame.dropna()
X = df.drop(columns=["class"]).astype(float)
y = df["class"].astype(int)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

results = {}

start = time.time()
xgb_model = XGBClassifier(n_estimators=500, learning_rate=0.05, max_depth=6, tree_method="hist")
xgb_model.fit(X_train, y_train)
results["XGBoost"] = (roc_auc_score(y_test, xgb_model.predict_proba(X_test)[:, 1]), time.time() - start)

start = time.time()
lgb_model = LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=63)
lgb_model.fit(X_train, y_train)
results["LightGBM"] = (roc_auc_score(y_test, lgb_model.predict_proba(X_test)[:, 1]), time.time() - start)  # expect: LK302

start = time.time()
cat_model = CatBoostClassifier(iterations=500, learning_rate=0.05, depth=6, verbose=0)
cat_model.fit(X_train, y_train)
results["CatBoost"] = (roc_auc_score(y_test, cat_model.predict_proba(X_test)[:, 1]), time.time() - start)  # related: LK302

summary = pd.DataFrame(results, index=["test AUC", "seconds"]).T.sort_values("test AUC", ascending=False)
print(summary)
print("Winner:", summary.index[0])
