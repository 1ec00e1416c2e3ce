# In[1]:


import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error


# In[2]:


# daily website traffic and signups from the product analytics warehouse
traffic = pd.read_csv("analytics/daily_traffic.csv", parse_dates=["day"], index_col="day")
traffic = traffic.asfreq("D").fillna(0)
traffic.describe()


# In[3]:


HORIZON = 7

# target: signups one week from today
traffic["signups_in_7d"] = traffic["signups"].shift(-HORIZON)

# features known today
traffic["visits_diff_1"] = traffic["visits"].diff(1)
traffic["visits_wow"] = traffic["visits"].pct_change(7)
traffic["visits_mean_28"] = traffic["visits"].rolling(28).mean()
traffic["signups_mean_7"] = traffic["signups"].rolling(7).mean()
traffic["signups_diff_7"] = traffic["signups"].diff(7)
traffic["conversion_7"] = traffic["signups"].rolling(7).sum() / traffic["visits"].rolling(7).sum()
traffic["dow"] = traffic.index.dayofweek

traffic = traffic.replace([np.inf, -np.inf], np.nan).dropna()


# In[4]:


feature_cols = ["visits", "signups", "visits_diff_1", "visits_wow", "visits_mean_28",
                "signups_mean_7", "signups_diff_7", "conversion_7", "dow"]

train = traffic.loc[:"2023-06-30"]
test = traffic.loc["2023-07-01":]

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
gbr.fit(train[feature_cols], train["signups_in_7d"])
pred = gbr.predict(test[feature_cols])


# In[5]:


print("MAE (signups/day):", mean_absolute_error(test["signups_in_7d"], pred))
print("Naive (same as today):", mean_absolute_error(test["signups_in_7d"], test["signups"]))
