# %% [markdown]
# # AAPL: next-day close with XGBoost
# Lags, moving averages and RSI. Chronological 80/20 split.

# %%
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from xgboost import XGBRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

# %%
df = pd.read_csv("AAPL.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
df = df.rename(columns=str.lower)[["open", "high", "low", "close", "volume"]]
df.head()

# %%
# the value we want to predict: tomorrow's close
df["y"] = df["close"].shift(-1)

# %%
for lag in range(1, 6):
    df[f"close_lag_{lag}"] = df["close"].shift(lag)

df["sma_10"] = df["close"].rolling(10).mean()
df["sma_30"] = df["close"].rolling(30).mean()
df["ema_12"] = df["close"].ewm(span=12, adjust=False).mean()
df["ema_26"] = df["close"].ewm(span=26, adjust=False).mean()
df["macd"] = df["ema_12"] - df["ema_26"]

delta = df["close"].diff()
gain = delta.clip(lower=0).rolling(14).mean()
loss = (-delta.clip(upper=0)).rolling(14).mean()
df["rsi_14"] = 100 - 100 / (1 + gain / loss)

df["volume_ma_10"] = df["volume"].rolling(10).mean()
df = df.dropna()

# %%
features = [c for c in df.columns if c != "y"]
n_train = int(len(df) * 0.8)
train, test = df.iloc[:n_train], df.iloc[n_train:]

model = XGBRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, random_state=1)
model.fit(train[features], train["y"])
pred = model.predict(test[features])

print("MAE :", mean_absolute_error(test["y"], pred))
print("RMSE:", np.sqrt(mean_squared_error(test["y"], pred)))

# %%
plt.figure(figsize=(14, 5))
plt.plot(test.index, test["y"], label="actual")
plt.plot(test.index, pred, label="XGBoost")
plt.legend()
plt.show()
