# %% [markdown]
# # Greenhouse climate: forecast the air temperature one hour ahead
# Sensors report every 10 minutes; the humidity and CO2 probes drop out regularly.

# %%
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# %%
raw = pd.read_csv("greenhouse_2023.csv")
raw["ts"] = pd.to_datetime(raw["ts"], utc=True)
df = raw.set_index("ts").sort_index().asfreq("10min")
print(df.isna().mean())

# %%
# close the sensor gaps
df["air_temp"] = df["air_temp"].ffill()
df[["humidity", "co2_ppm"]] = df[["humidity", "co2_ppm"]].fillna(method="bfill")  # expect: LK503
df["radiation"] = df["radiation"].fillna(0)

# %%
# target: air temperature 60 minutes later
df["temp_in_1h"] = df["air_temp"].shift(-6)

for k in (1, 3, 6, 12):
    df[f"air_temp_lag_{k}"] = df["air_temp"].shift(k)
df["radiation_mean_1h"] = df["radiation"].rolling(6).mean()
df["hour"] = df.index.hour
df = df.dropna()

features = ["air_temp", "humidity", "co2_ppm", "radiation", "radiation_mean_1h", "hour"] + [
    f"air_temp_lag_{k}" for k in (1, 3, 6, 12)
]
X = df[features].values
y = df["temp_in_1h"].values

# %%
tscv = TimeSeriesSplit(n_splits=5)
maes = []
for fold, (tr, te) in enumerate(tscv.split(X)):
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=0.5))
    pipe.fit(X[tr], y[tr])
    maes.append(mean_absolute_error(y[te], pipe.predict(X[te])))
    print(f"fold {fold}: MAE {maes[-1]:.3f} C")

print("mean MAE: %.3f C" % np.mean(maes))
