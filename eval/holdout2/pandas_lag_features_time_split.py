# Daily demand forecasting: lag and rolling features computed per item from the past only
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("item_daily_sales.csv", parse_dates=["date"])
df = df.sort_values(["item_id", "date"]).reset_index(drop=True)

df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["day"] = df["date"].dt.day
df["is_weekend"] = (df["dow"] >= 5).astype(int)

g = df.groupby("item_id")["units"]
for lag in (1, 7, 14, 28):
    df[f"lag_{lag}"] = g.shift(lag)
df["roll_mean_7"] = g.transform(lambda s: s.shift(1).rolling(7).mean())
df["roll_std_28"] = g.transform(lambda s: s.shift(1).rolling(28).std())
df["expanding_mean"] = g.transform(lambda s: s.shift(1).expanding().mean())
df["price_change"] = df.groupby("item_id")["price"].pct_change()
df = df.dropna()

features = [c for c in df.columns if c not in ("date", "item_id", "units")]

df = df.sort_values("date").reset_index(drop=True)
train = df.iloc[: int(len(df) * 0.85)]
valid = df.iloc[int(len(df) * 0.85):]
print("train until", train["date"].max().date(), "| validate from", valid["date"].min().date())

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
model.fit(train[features], train["units"])
print("validation MAE:", mean_absolute_error(valid["units"], model.predict(valid[features])))
