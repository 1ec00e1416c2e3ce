"""Compressor discharge pressure: short-term forecast with polars features.

Readings every 30 s from the historian. Train on January-October, test on
November-December.
"""
from datetime import datetime

import numpy as np
import polars as pl
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_absolute_error
from sklearn.preprocessing import StandardScaler


def read_historian(path: str) -> pl.DataFrame:
    return (
        pl.read_parquet(path)
        .with_columns(pl.col("ts").cast(pl.Datetime))
        .sort("ts")
    )


raw = read_historian("historian/compressor_c2_2023.parquet")

feat = raw.with_columns(
    pl.col("pressure_bar").shift(1).alias("p_lag_1"),
    pl.col("pressure_bar").shift(2).alias("p_lag_2"),
    pl.col("pressure_bar").shift(10).alias("p_lag_10"),
    pl.col("pressure_bar").rolling_mean(window_size=30).shift(1).alias("p_mean_15min"),
    pl.col("pressure_bar").rolling_std(window_size=30).shift(1).alias("p_std_15min"),
    pl.col("motor_amps").rolling_mean(window_size=10).alias("amps_mean_5min"),
    pl.col("inlet_temp").diff(1).alias("inlet_temp_delta"),
).drop_nulls()

features = ["p_lag_1", "p_lag_2", "p_lag_10", "p_mean_15min", "p_std_15min",
            "amps_mean_5min", "inlet_temp", "inlet_temp_delta", "valve_pos"]

split_at = datetime(2023, 11, 1)
train = feat.filter(pl.col("ts") < split_at)
test = feat.filter(pl.col("ts") >= split_at)

scaler = StandardScaler()
X_train = scaler.fit_transform(train.select(features).to_numpy())
X_test = scaler.transform(test.select(features).to_numpy())
y_train = train.get_column("pressure_bar").to_numpy()
y_test = test.get_column("pressure_bar").to_numpy()

model = ElasticNet(alpha=0.001, l1_ratio=0.2, max_iter=5000)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print(f"test MAE: {mean_absolute_error(y_test, pred):.4f} bar")
print(f"persistence MAE: {mean_absolute_error(y_test, test.get_column('p_lag_1').to_numpy()):.4f} bar")
print("coefficients:", dict(zip(features, np.round(model.coef_, 4))))
