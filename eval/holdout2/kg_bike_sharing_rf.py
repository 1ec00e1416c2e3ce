# Bike Sharing Demand - time features + random forest
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_log_error

train = pd.read_csv("../input/bike-sharing-demand/train.csv", parse_dates=["datetime"])
test = pd.read_csv("../input/bike-sharing-demand/test.csv", parse_dates=["datetime"])
print(train.shape, test.shape)
print(train[["count", "casual", "registered"]].describe())

def time_features(df):
    df = df.copy()
    df["hour"] = df["datetime"].dt.hour
    df["weekday"] = df["datetime"].dt.dayofweek
    df["month"] = df["datetime"].dt.month
    df["year"] = df["datetime"].dt.year
    df["rush_hour"] = df["hour"].isin([7, 8, 17, 18, 19]).astype(int)
    return df

train = time_features(train).sort_values("datetime").reset_index(drop=True)
test = time_features(test)

features = ["season", "holiday", "workingday", "weather", "temp", "atemp",
            "humidity", "windspeed", "hour", "weekday", "month", "year", "rush_hour"]

# time-based hold-out: the last 20% of the training period
cut = int(len(train) * 0.8)
tr, va = train.iloc[:cut], train.iloc[cut:]

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(tr[features], np.log1p(tr["count"]))

pred_tr = np.expm1(rf.predict(tr[features]))
pred_va = np.expm1(rf.predict(va[features]))
print("RMSLE train: %.4f" % np.sqrt(mean_squared_log_error(tr["count"], pred_tr)))
print("RMSLE valid: %.4f" % np.sqrt(mean_squared_log_error(va["count"], pred_va)))

# final model on the whole training period
rf.fit(train[features], np.log1p(train["count"]))
test["count"] = np.expm1(rf.predict(test[features]))
test[["datetime", "count"]].to_csv("submission.csv", index=False)
