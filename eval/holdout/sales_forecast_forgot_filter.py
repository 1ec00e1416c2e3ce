# %% [markdown]
# Store sales: train on history, check the 2017 season.
# %%
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

sales = pd.read_csv("store_sales.csv", parse_dates=["date"])
sales["year"] = sales["date"].dt.year
sales["month"] = sales["date"].dt.month
sales["dow"] = sales["date"].dt.dayofweek
sales["promo_any"] = (sales["onpromotion"] > 0).astype(int)

FEATURES = ["store_nbr", "year", "month", "dow", "promo_any"]

# %%
history = sales
season_2017 = sales[sales["year"] == 2017]

rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=20, n_jobs=-1, random_state=0)
rf.fit(history[FEATURES], history["sales"])

# %%
mae_2017 = mean_absolute_error(season_2017["sales"], rf.predict(season_2017[FEATURES]))  # expect: LK202
print(f"MAE on 2017: {mae_2017:,.1f}")
