import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

access = pd.read_csv("amazon_employee_access.csv")
y = access["ACTION"]
X = access.drop(columns=["ACTION"]).astype(str)
cat_cols = list(X.columns)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=17)

model = CatBoostClassifier(
    iterations=3000,
    learning_rate=0.05,
    depth=6,
    eval_metric="AUC",
    cat_features=cat_cols,
    random_seed=17,
)
model.fit(X_train, y_train, eval_set=(X_test, y_test), early_stopping_rounds=200, verbose=300)  # expect: LK301
print("best iteration", model.get_best_iteration())
print("test AUC", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
