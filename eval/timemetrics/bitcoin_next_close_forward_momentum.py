"""
Predicting the Bitcoin closing price with a Random Forest
=========================================================

Blog tutorial, part 2: feature engineering. We predict tomorrow's close from a
handful of technical indicators and keep the last 20% of the days for testing.
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

btc = pd.read_csv("BTC-USD.csv", parse_dates=["Date"], index_col="Date")
btc = btc[["Open", "High", "Low", "Close", "Volume"]].sort_index()

# --- technical indicators -------------------------------------------------
btc["return_1d"] = btc["Close"].pct_change()
btc["return_7d"] = btc["Close"].pct_change(7)
btc["volatility_14d"] = btc["return_1d"].rolling(14).std()
btc["ma_ratio_30"] = btc["Close"] / btc["Close"].rolling(30).mean()
btc["hl_range"] = (btc["High"] - btc["Low"]) / btc["Close"]
btc["volume_change"] = btc["Volume"].pct_change()
btc["momentum_3d"] = btc["Close"].pct_change(periods=-3)  # expect: LK503

# --- target: tomorrow's close ---------------------------------------------
btc["target"] = btc["Close"].shift(-1)
btc = btc.dropna()

features = ["Close", "return_1d", "return_7d", "volatility_14d", "ma_ratio_30",
            "hl_range", "volume_change", "momentum_3d"]

split = int(len(btc) * 0.8)
train, test = btc.iloc[:split], btc.iloc[split:]

rf = RandomForestRegressor(n_estimators=500, max_depth=12, random_state=42, n_jobs=-1)
rf.fit(train[features], train["target"])
pred = rf.predict(test[features])

print(f"MAE : ${mean_absolute_error(test['target'], pred):,.0f}")
print(f"MAPE: {100 * mean_absolute_percentage_error(test['target'], pred):.2f}%")

plt.figure(figsize=(12, 5))
plt.plot(test.index, test["target"], label="actual")
plt.plot(test.index, pred, label="predicted")
plt.legend()
plt.title("BTC-USD next-day close")
plt.show()
