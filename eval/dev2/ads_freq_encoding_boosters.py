import pandas as pd
import xgboost as xgb
import lightgbm as lgb
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("ad_events.csv")
for col in ["publisher", "campaign", "os"]:
    df[col + "_freq"] = df[col].map(df[col].value_counts(normalize=True))  # expect: LK105
df["hour"] = pd.to_datetime(df["ts"]).dt.hour

features = ["publisher_freq", "campaign_freq", "os_freq", "hour", "bid_floor"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["converted"], test_size=0.2, stratify=df["converted"], random_state=1
)

xgb_clf = xgb.XGBClassifier(n_estimators=400, max_depth=6, learning_rate=0.05, subsample=0.8)
xgb_clf.fit(X_train, y_train)
auc_xgb = roc_auc_score(y_test, xgb_clf.predict_proba(X_test)[:, 1])

lgb_clf = lgb.LGBMClassifier(n_estimators=400, num_leaves=31, learning_rate=0.05)
lgb_clf.fit(X_train, y_train)
auc_lgb = roc_auc_score(y_test, lgb_clf.predict_proba(X_test)[:, 1])  # expect: LK302

cb_clf = CatBoostClassifier(iterations=400, depth=6, learning_rate=0.05, verbose=0)
cb_clf.fit(X_train, y_train)
auc_cb = roc_auc_score(y_test, cb_clf.predict_proba(X_test)[:, 1])  # related: LK302

print(f"XGBoost  {auc_xgb:.4f}")
print(f"LightGBM {auc_lgb:.4f}")
print(f"CatBoost {auc_cb:.4f}")
