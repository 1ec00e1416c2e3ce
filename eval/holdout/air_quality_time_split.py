"""Beijing PM2.5: train before 2014, test on 2014 (no shared rows)."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

pm = pd.read_csv("PRSA_data_2010.1.1-2014.12.31.csv").dropna(subset=["pm2.5"])
pm["cbwd"] = pm["cbwd"].astype("category").cat.codes
cols = ["month", "day", "hour", "DEWP", "TEMP", "PRES", "cbwd", "Iws", "Is", "Ir"]

train = pm[pm["year"] < 2014]
test = pm[pm["year"] == 2014]

hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05)
hgb.fit(train[cols], train["pm2.5"])
print("MAE 2014:", mean_absolute_error(test["pm2.5"], hgb.predict(test[cols])))
