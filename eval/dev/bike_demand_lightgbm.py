"""Bike sharing demand with LightGBM; early stopping on a validation split of the training data."""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_squared_log_error
from sklearn.model_selection import train_test_split

hour = pd.read_csv("hour.csv", parse_dates=["dteday"])
hour["dayofweek"] = hour["dteday"].dt.dayofweek
features = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
            "weathersit", "temp", "atemp", "hum", "windspeed", "dayofweek"]
X, y = hour[features], hour["cnt"]

X_trainval, X_test, y_trainval, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_train, X_valid, y_train, y_valid = train_test_split(X_trainval, y_trainval, test_size=0.2, random_state=0)

model = lgb.LGBMRegressor(n_estimators=5000, learning_rate=0.02, num_leaves=63)
model.fit(
    X_train,
    np.log1p(y_train),
    eval_set=[(X_valid, np.log1p(y_valid))],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)

pred = np.expm1(model.predict(X_test, num_iteration=model.best_iteration_)).clip(0)
print("RMSLE:", np.sqrt(mean_squared_log_error(y_test, pred)))
