# Data Mining course - Assignment 5: forecasting tomorrow's visits
#
# Student: fill in the feature engineering and report the test MAE.

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split


def load_visits(path="visits_daily.csv"):
    df = pd.read_csv(path)
    df["day"] = pd.to_datetime(df["day"])
    return df.set_index("day").sort_index()


visits = load_visits()

# target: number of visits tomorrow
visits["y"] = visits["visits"].shift(-1)

# features
visits["lag_1"] = visits["visits"].shift(1)
visits["lag_7"] = visits["visits"].shift(7)
visits["change"] = visits["visits"].diff(-1)  # expect: LK503
visits["weekday"] = visits.index.weekday
visits["mean_7"] = visits["visits"].rolling(7).mean()

visits = visits.dropna()

X = visits[["visits", "lag_1", "lag_7", "change", "weekday", "mean_7"]]
y = visits["y"]

# no shuffling for time series!
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)

model = RandomForestRegressor(n_estimators=200, random_state=0)
model.fit(X_train, y_train)

print("Test MAE:", mean_absolute_error(y_test, model.predict(X_test)))
print("Naive MAE:", mean_absolute_error(y_test, X_test["visits"]))
