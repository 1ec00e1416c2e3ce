"""Bank churn with CatBoost; categorical columns passed as-is.
"""
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("bank_churn.csv")
cat_features = ["Geography", "Gender"]
X = df.drop(columns=["RowNumber", "CustomerId", "Surname", "Exited"])
y = df["Exited"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

train_pool = Pool(X_train, y_train, cat_features=cat_features)
test_pool = Pool(X_test, y_test, cat_features=cat_features)

model = CatBoostClassifier(iterations=3000, learning_rate=0.03, depth=6, eval_metric="AUC", verbose=500)
model.fit(train_pool, eval_set=test_pool, early_stopping_rounds=200, use_best_model=True)  # expect: LK301
print("best iteration", model.get_best_iteration())
print("test AUC", roc_auc_score(y_test, model.predict_proba(test_pool)[:, 1]))
