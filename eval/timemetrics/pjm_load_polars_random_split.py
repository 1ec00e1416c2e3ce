# Hourly electricity load for the PJM East region, predicted one day ahead.
# Week 6 exercise: feature engineering with polars, modelling with scikit-learn.

import numpy as np
import polars as pl
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

RAW = "data/pjme_hourly_with_weather.csv"

df = (
    pl.read_csv(RAW, try_parse_dates=True)
    .sort("datetime")
    .with_columns(
        pl.col("datetime").dt.hour().alias("hour"),
        pl.col("datetime").dt.weekday().alias("weekday"),
        pl.col("datetime").dt.month().alias("month"),
        pl.col("load_mw").shift(24).alias("load_lag_24"),
        pl.col("load_mw").shift(48).alias("load_lag_48"),
        pl.col("load_mw").shift(168).alias("load_lag_168"),
        pl.col("load_mw").shift(24).rolling_mean(window_size=24).alias("load_roll_mean_24"),
    )
    .drop_nulls()
)

print(df.shape)
print(df.head())

feature_cols = [
    "hour",
    "weekday",
    "month",
    "temperature",
    "load_lag_24",
    "load_lag_48",
    "load_lag_168",
    "load_roll_mean_24",
]
X = df.select(feature_cols).to_numpy()
y = df.get_column("load_mw").to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7)  # expect: LK502

model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=7)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print(f"MAE : {mean_absolute_error(y_test, pred):,.1f} MW")
print(f"MAPE: {100 * mean_absolute_percentage_error(y_test, pred):.2f} %")

# Task 3: compare with the seasonal naive forecast (same hour yesterday)
naive = X_test[:, feature_cols.index("load_lag_24")]
print(f"Naive MAPE: {100 * mean_absolute_percentage_error(y_test, naive):.2f} %")
