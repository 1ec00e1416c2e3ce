import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

trips = pd.read_csv("nyc_taxi_trip_duration.csv", parse_dates=["pickup_datetime"])
trips["hour"] = trips["pickup_datetime"].dt.hour
trips["weekday"] = trips["pickup_datetime"].dt.weekday
trips["dlat"] = (trips["dropoff_latitude"] - trips["pickup_latitude"]).abs()
trips["dlon"] = (trips["dropoff_longitude"] - trips["pickup_longitude"]).abs()
cols = ["passenger_count", "hour", "weekday", "dlat", "dlon", "pickup_latitude", "pickup_longitude"]

X_train, X_test, y_train, y_test = train_test_split(trips[cols], np.log1p(trips["trip_duration"]),
                                                    test_size=0.2, random_state=0)

# a fixed 1500 trees; the test curve is recorded for the report only
lgbm = LGBMRegressor(n_estimators=1500, learning_rate=0.05, num_leaves=127, verbose=-1)
lgbm.fit(X_train, y_train, eval_set=[(X_test, y_test)], eval_metric="l2")
plt.plot(lgbm.evals_result_["valid_0"]["l2"])
plt.savefig("lgbm_test_curve.png")
print("RMSLE:", np.sqrt(mean_squared_error(y_test, lgbm.predict(X_test))))
