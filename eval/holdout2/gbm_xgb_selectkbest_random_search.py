# Tuning XGBoost with RandomizedSearchCV on the Santander-style anonymised data
import numpy as np
import pandas as pd
from scipy.stats import uniform, randint
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold
from xgboost import XGBClassifier

train = pd.read_csv("train.csv")
y = train["target"].values
X = train.drop(columns=["ID_code", "target"]).values
print(X.shape, y.mean())

# keep the 60 most informative variables to speed up the search
selector = SelectKBest(f_classif, k=60)
X_sel = selector.fit_transform(X, y)

param_dist = {
    "n_estimators": randint(200, 800),
    "max_depth": randint(2, 8),
    "learning_rate": uniform(0.01, 0.2),
    "subsample": uniform(0.6, 0.4),
    "colsample_bytree": uniform(0.5, 0.5),
    "min_child_weight": randint(1, 10),
}
search = RandomizedSearchCV(
    XGBClassifier(tree_method="hist", eval_metric="auc", n_jobs=4),
    param_distributions=param_dist,
    n_iter=40,
    scoring="roc_auc",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=0),
    random_state=0,
    verbose=1,
)
search.fit(X_sel, y)  # expect: LK104
print("best CV AUC: %.4f" % search.best_score_)
print(search.best_params_)

cv_res = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_res[["mean_test_score", "std_test_score", "params"]].head(10).to_string())
np.save("selected_features.npy", selector.get_support(indices=True))
