import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

traffic = pd.read_csv("Metro_Interstate_Traffic_Volume.csv", parse_dates=["date_time"])
traffic = traffic.sort_values("date_time").reset_index(drop=True)
traffic["hour"] = traffic["date_time"].dt.hour
traffic["weekday"] = traffic["date_time"].dt.weekday
traffic["is_holiday"] = (traffic["holiday"] != "None").astype(int)

cols = ["hour", "weekday", "is_holiday", "temp", "rain_1h", "snow_1h", "clouds_all"]
X = traffic[cols].to_numpy()
y = traffic["traffic_volume"].to_numpy()

cutoff = int(len(X) * 0.85)
X_train, X_test = X[:cutoff], X[cutoff:]
y_train, y_test = y[:cutoff], y[cutoff:]

rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
print("MAE on the most recent 15%:", mean_absolute_error(y_test, rf.predict(X_test)))
