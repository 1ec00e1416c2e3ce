import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("bank_churn.csv")
cat_features = ["Geography", "Gender"]
X = df.drop(columns=["RowNumber", "CustomerId", "Surname", "Exited"])
y = df["Exited"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.15, stratify=y_train, random_state=1)

model = CatBoostClassifier(iterations=3000, learning_rate=0.03, depth=6, eval_metric="AUC", verbose=500)
model.fit(
    X_tr, y_tr,
    cat_features=cat_features,
    eval_set=(X_val, y_val),
    early_stopping_rounds=200,
    use_best_model=True,
)
print("best iteration", model.get_best_iteration())
print("test AUC", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
