"""
Forecasting household power consumption with an LSTM (Keras).

Tutorial code. Dataset: UCI "Individual household electric power consumption",
minute readings 2006-2010, resampled to hourly means.
"""
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import MinMaxScaler
from tensorflow import keras
from tensorflow.keras import layers

WINDOW = 48     # hours of history fed to the network
HORIZON = 1     # predict the next hour

raw = pd.read_csv("household_power_consumption.txt", sep=";", na_values="?", low_memory=False)
raw["dt"] = pd.to_datetime(raw["Date"] + " " + raw["Time"], dayfirst=True)
raw = raw.set_index("dt").drop(columns=["Date", "Time"])

hourly = raw.resample("h").mean().ffill()
series = hourly[["Global_active_power", "Global_reactive_power", "Voltage", "Sub_metering_3"]]
values = series.values.astype("float32")

# chronological split, then fit the scaler on the training part only
n_train = int(len(values) * 0.8)
train_values, test_values = values[:n_train], values[n_train:]

scaler = MinMaxScaler()
train_scaled = scaler.fit_transform(train_values)
test_scaled = scaler.transform(test_values)


def make_windows(arr, window, horizon):
    xs, ys = [], []
    for i in range(len(arr) - window - horizon + 1):
        xs.append(arr[i:i + window])
        ys.append(arr[i + window + horizon - 1, 0])
    return np.array(xs), np.array(ys)


X_train, y_train = make_windows(train_scaled, WINDOW, HORIZON)
X_test, y_test = make_windows(test_scaled, WINDOW, HORIZON)
print(X_train.shape, X_test.shape)

model = keras.Sequential([
    layers.Input(shape=(WINDOW, X_train.shape[2])),
    layers.LSTM(64, return_sequences=True),
    layers.LSTM(32),
    layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", metrics=["mae"])
history = model.fit(X_train, y_train, epochs=20, batch_size=128, validation_split=0.1, verbose=2)

pred_scaled = model.predict(X_test).ravel()

# undo the scaling of the first column
scale, minimum = scaler.scale_[0], scaler.min_[0]
pred_kw = (pred_scaled - minimum) / scale
true_kw = (y_test - minimum) / scale

print("Test MAE  (kW):", mean_absolute_error(true_kw, pred_kw))
print("Test RMSE (kW):", np.sqrt(mean_squared_error(true_kw, pred_kw)))
