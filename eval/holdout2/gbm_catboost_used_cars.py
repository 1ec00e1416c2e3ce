"""CatBoost regressor for used-car prices.

The training part is split again: the inner validation part drives early stopping,
and the test part is only used for the final number.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_percentage_error

cars = pd.read_csv("vehicles.csv", usecols=["price", "year", "manufacturer", "model", "condition",
                                             "cylinders", "fuel", "odometer", "transmission", "drive", "type"])
cars = cars[(cars.price > 500) & (cars.price < 150000)].dropna(subset=["year", "odometer"])
cat_features = ["manufacturer", "model", "condition", "cylinders", "fuel", "transmission", "drive", "type"]
cars[cat_features] = cars[cat_features].fillna("unknown")

X = cars.drop(columns="price")
y = np.log1p(cars["price"])

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
X_train, X_valid, y_train, y_valid = train_test_split(X_dev, y_dev, test_size=0.1, random_state=1)

model = CatBoostRegressor(iterations=4000, learning_rate=0.08, depth=8, loss_function="RMSE",
                          od_type="Iter", od_wait=150, verbose=400)
model.fit(X_train, y_train, cat_features=cat_features, eval_set=(X_valid, y_valid), use_best_model=True)

mape = mean_absolute_percentage_error(np.expm1(y_test), np.expm1(model.predict(X_test)))
print(f"test MAPE: {mape:.3%}")
