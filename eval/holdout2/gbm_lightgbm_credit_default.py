# Customer default: LightGBM with early stopping, then a refit on all rows
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("credit_default.csv")
X = df.drop(columns=["ID", "default.payment.next.month"])
y = df["default.payment.next.month"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=4)

tuner = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=31)
tuner.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], eval_metric="auc",
          callbacks=[lgb.early_stopping(100, verbose=False)])
best_iter = tuner.best_iteration_
print("best number of trees:", best_iter)

# more data is always better: refit with the chosen number of trees on everything
final = lgb.LGBMClassifier(n_estimators=best_iter, learning_rate=0.02, num_leaves=31)
final.fit(X, y)

test_auc = roc_auc_score(y_test, final.predict_proba(X_test)[:, 1])  # expect: LK202
print(f"Test AUC of the final model: {test_auc:.4f}")
final.booster_.save_model("default_lgbm.txt")
