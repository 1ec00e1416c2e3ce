"""Santander customer satisfaction: tree model, no scaling needed, search on the training split."""
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split

data = pd.read_csv("santander_train.csv")
y = data["TARGET"]
X = data.drop(["ID", "TARGET"], axis=1)

X_dev, X_holdout, y_dev, y_holdout = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1234)

grid = GridSearchCV(
    xgb.XGBClassifier(n_estimators=300, tree_method="hist", eval_metric="auc"),
    param_grid={"max_depth": [3, 5, 7], "learning_rate": [0.03, 0.1], "colsample_bytree": [0.5, 0.8]},
    scoring="roc_auc",
    cv=4,
    n_jobs=-1,
)
grid.fit(X_dev, y_dev)
print("best:", grid.best_params_, round(grid.best_score_, 4))
print("hold-out AUC:", roc_auc_score(y_holdout, grid.best_estimator_.predict_proba(X_holdout)[:, 1]))
