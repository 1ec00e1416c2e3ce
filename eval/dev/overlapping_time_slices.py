# Predict next-day electricity load from lagged features.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

load = pd.read_csv("daily_load.csv", parse_dates=["date"]).sort_values("date")
for lag in (1, 2, 7, 14):
    load[f"lag_{lag}"] = load["load_mw"].shift(lag)
load["dow"] = load["date"].dt.dayofweek
load = load.dropna()

features = [c for c in load.columns if c.startswith("lag_")] + ["dow"]
X = load[features].to_numpy()
y = load["load_mw"].to_numpy()

n = len(X)
X_train, y_train = X[: int(n * 0.8)], y[: int(n * 0.8)]
X_test, y_test = X[int(n * 0.7):], y[int(n * 0.7):]

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=3, learning_rate=0.05)
gbr.fit(X_train, y_train)
print("MAE on the last 30%:", mean_absolute_error(y_test, gbr.predict(X_test)))  # expect: LK202
print("naive baseline:", np.mean(np.abs(np.diff(y_test))))
