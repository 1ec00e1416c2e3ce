# XGBoost on the Adult census data with early stopping
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score

adult = pd.read_csv("adult.csv", skipinitialspace=True)
adult["income"] = (adult["income"] == ">50K").astype(int)
cat_cols = adult.select_dtypes("object").columns
adult[cat_cols] = adult[cat_cols].astype("category")

X = adult.drop(columns=["income"])
y = adult["income"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=99, stratify=y)

clf = xgb.XGBClassifier(
    n_estimators=2000,
    learning_rate=0.03,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    tree_method="hist",
    enable_categorical=True,
    eval_metric="auc",
    early_stopping_rounds=100,
)
clf.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)  # expect: LK301
print("best iteration:", clf.best_iteration)

proba = clf.predict_proba(X_test)[:, 1]
print("Test AUC: %.4f" % roc_auc_score(y_test, proba))
print("Test accuracy: %.4f" % accuracy_score(y_test, proba > 0.5))
