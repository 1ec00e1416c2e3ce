# %%
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(9)
restaurants = [f"r{i:03d}" for i in range(120)]
orders = pd.DataFrame({
    "restaurant": rng.choice(restaurants, 20000),
    "distance_km": rng.gamma(2.0, 1.5, 20000),
    "items": rng.integers(1, 8, 20000),
})
base = {r: rng.normal(25, 6) for r in restaurants}
orders["delivery_minutes"] = (orders["restaurant"].map(base) + 4 * orders["distance_km"]
                              + 1.5 * orders["items"] + rng.normal(0, 4, len(orders)))

# %%
train, test = train_test_split(orders, test_size=0.2, random_state=0)
train, test = train.copy(), test.copy()

# per-restaurant mean delivery time, learned on the training orders only
rest_mean = train.groupby("restaurant")["delivery_minutes"].mean()
global_mean = train["delivery_minutes"].mean()
train["rest_mean"] = train["restaurant"].map(rest_mean)
test["rest_mean"] = test["restaurant"].map(rest_mean).fillna(global_mean)

# %%
features = ["distance_km", "items", "rest_mean"]
hgb = HistGradientBoostingRegressor(random_state=0).fit(train[features], train["delivery_minutes"])
print("test MAE:", mean_absolute_error(test["delivery_minutes"], hgb.predict(test[features])))
