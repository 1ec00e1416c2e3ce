import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

cars = pd.read_csv("vehicles.csv", usecols=["price", "year", "manufacturer", "model",
                                            "condition", "odometer", "fuel", "state"])
cars = cars[(cars.price > 500) & (cars.price < 200_000)].dropna(subset=["year", "odometer"])
cars["age"] = 2024 - cars["year"]

# mean price per manufacturer / model as numeric features
cars["manufacturer_te"] = cars.groupby("manufacturer")["price"].transform("mean")  # expect: LK105
cars["model_te"] = cars.groupby("model")["price"].transform("mean")  # related: LK105

features = ["age", "odometer", "manufacturer_te", "model_te"]
X_train, X_test, y_train, y_test = train_test_split(cars[features], np.log(cars["price"]),
                                                    test_size=0.2, random_state=0)

reg = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.05)
reg.fit(X_train, y_train)
print("MAPE:", mean_absolute_percentage_error(np.exp(y_test), np.exp(reg.predict(X_test))))
