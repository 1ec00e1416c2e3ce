# %% [markdown]
# # How many sessions will the blog get tomorrow?
# Export from Google Analytics, one row per hour. We aggregate to days and fit a
# gradient boosting model on calendar features.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

# %%
hits = pd.read_csv("exports/ga_hourly_2019_2023.csv")
hits["timestamp"] = pd.to_datetime(hits["timestamp"])
hits = hits.set_index("timestamp").sort_index()
hits.info()

# %%
daily = hits[["sessions", "pageviews", "new_users"]].resample("D").sum()

daily["dayofweek"] = daily.index.dayofweek
daily["month"] = daily.index.month
daily["weekofyear"] = daily.index.isocalendar().week.astype(int)
daily["year"] = daily.index.year
daily["is_weekend"] = (daily["dayofweek"] >= 5).astype(int)

daily["sessions"].plot(figsize=(14, 4), title="Daily sessions")
plt.show()

# %%
features = ["dayofweek", "month", "weekofyear", "year", "is_weekend"]
X = daily[features]
y = daily["sessions"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)  # expect: LK502

# %%
gbr = GradientBoostingRegressor(n_estimators=500, max_depth=3, learning_rate=0.05, random_state=0)
gbr.fit(X_train, y_train)
y_pred = gbr.predict(X_test)

print("MAE:", round(mean_absolute_error(y_test, y_pred), 1))
print("R2 :", round(r2_score(y_test, y_pred), 3))

# %%
pd.Series(gbr.feature_importances_, index=features).sort_values().plot.barh()
plt.show()
