"""
Forecasting daily bakery sales: rolling features without leakage
================================================================

A rolling mean of the sales column computed at day t includes day t itself, i.e.
the value we are trying to predict. Every window below is therefore shifted by
one day, so that the features for day t only use days up to t-1.
"""
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error


def load_bakery(path="bakery_daily.csv"):
    df = pd.read_csv(path, parse_dates=["date"])
    df = df.sort_values("date").reset_index(drop=True)
    return df[["date", "units_sold", "temp_max", "rain_mm", "is_holiday"]]


df = load_bakery()

# calendar
df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month

# lags
df["lag_1"] = df["units_sold"].shift(1)
df["lag_7"] = df["units_sold"].shift(7)

# rolling statistics of the target, shifted by one day
df["roll_mean_7"] = df["units_sold"].rolling(7).mean().shift(1)
df["roll_std_7"] = df["units_sold"].rolling(7).std().shift(1)
df["roll_mean_28"] = df["units_sold"].rolling(28).mean().shift(1)
df["ewm_14"] = df["units_sold"].shift(1).ewm(span=14).mean()
df["expanding_mean"] = df["units_sold"].expanding().mean().shift(1)

df = df.dropna().reset_index(drop=True)

features = ["dow", "month", "temp_max", "rain_mm", "is_holiday", "lag_1", "lag_7",
            "roll_mean_7", "roll_std_7", "roll_mean_28", "ewm_14", "expanding_mean"]

cutoff = pd.Timestamp("2022-07-01")
train = df[df["date"] < cutoff]
test = df[df["date"] >= cutoff]

model = RandomForestRegressor(n_estimators=300, min_samples_leaf=3, random_state=0)
model.fit(train[features], train["units_sold"])
preds = model.predict(test[features])

print("Test MAE:", round(mean_absolute_error(test["units_sold"], preds), 2))
print("Seasonal naive MAE:", round(mean_absolute_error(test["units_sold"], test["lag_7"]), 2))
