# FIN 4780 - Lab 3: a linear model for the five-day-ahead closing price
#
# Train on 2012-2019, test on 2020 onwards. Do NOT shuffle: the test period must
# come after the training period.

import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import StandardScaler

HORIZON = 5

prices = pd.read_csv("data/MSFT.csv", parse_dates=["Date"], index_col="Date").sort_index()

df = pd.DataFrame(index=prices.index)
df["close"] = prices["Adj Close"]
df["volume"] = prices["Volume"]

# target: the close five trading days later
df["target"] = df["close"].shift(-HORIZON)

# features: only information available at today's close
df["ret_1"] = df["close"].pct_change(1)
df["ret_5"] = df["close"].pct_change(5)
df["ret_20"] = df["close"].pct_change(20)
df["ma_10"] = df["close"].rolling(10).mean()
df["ma_50"] = df["close"].rolling(50).mean()
df["vol_20"] = df["ret_1"].rolling(20).std()
df["volume_ratio"] = df["volume"] / df["volume"].rolling(20).mean()
for lag in (1, 2, 3):
    df[f"close_lag_{lag}"] = df["close"].shift(lag)

df = df.dropna()

features = [c for c in df.columns if c != "target"]

train = df.loc[:"2019-12-31"]
test = df.loc["2020-01-01":]
print(f"train {train.index.min().date()} .. {train.index.max().date()}  ({len(train)} rows)")
print(f"test  {test.index.min().date()} .. {test.index.max().date()}  ({len(test)} rows)")

scaler = StandardScaler()
X_train = scaler.fit_transform(train[features])
X_test = scaler.transform(test[features])
y_train, y_test = train["target"].values, test["target"].values

ridge = Ridge(alpha=1.0)
ridge.fit(X_train, y_train)
y_hat = ridge.predict(X_test)

print("MAE :", mean_absolute_error(y_test, y_hat))
print("RMSE:", np.sqrt(mean_squared_error(y_test, y_hat)))

# Question 4: compare against "the price stays where it is"
naive = test["close"].values
print("naive MAE:", mean_absolute_error(y_test, naive))
