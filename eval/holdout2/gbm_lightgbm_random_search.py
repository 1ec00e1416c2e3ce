"""LightGBM regressor tuned with RandomizedSearchCV on the training split only."""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from scipy.stats import loguniform, randint
from sklearn.model_selection import RandomizedSearchCV, KFold, train_test_split
from sklearn.metrics import mean_squared_error, r2_score

df = pd.read_csv("energy_efficiency.csv")
X = df.drop(columns=["heating_load", "cooling_load"])
y = df["heating_load"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=31)

search = RandomizedSearchCV(
    LGBMRegressor(verbose=-1, random_state=31),
    {
        "n_estimators": randint(100, 1500),
        "learning_rate": loguniform(1e-3, 0.3),
        "num_leaves": randint(8, 128),
        "min_child_samples": randint(5, 60),
        "reg_lambda": loguniform(1e-3, 10),
    },
    n_iter=50,
    cv=KFold(5, shuffle=True, random_state=31),
    scoring="neg_root_mean_squared_error",
    random_state=31,
    n_jobs=-1,
)
search.fit(X_train, y_train)
print("CV RMSE: %.3f" % -search.best_score_)
print(search.best_params_)

y_hat = search.best_estimator_.predict(X_test)
print("test RMSE: %.3f" % np.sqrt(mean_squared_error(y_test, y_hat)))
print("test R2:   %.3f" % r2_score(y_test, y_hat))
