#!/usr/bin/env python
# coding: utf-8

# # Favorita store 44 - daily unit sales with LightGBM
# Single store, all families summed. Validate on the last four months.

# In[1]:


import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.metrics import mean_squared_log_error


# In[2]:


sales = pd.read_csv("../input/favorita/train.csv", parse_dates=["date"])
sales = sales[sales["store_nbr"] == 44]
oil = pd.read_csv("../input/favorita/oil.csv", parse_dates=["date"])

daily = sales.groupby("date", as_index=False).agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
daily = daily.merge(oil, on="date", how="left")
daily["dcoilwtico"] = daily["dcoilwtico"].ffill()
daily = daily.sort_values("date").reset_index(drop=True)
daily.tail()


# In[3]:


daily["dayofweek"] = daily["date"].dt.dayofweek
daily["day"] = daily["date"].dt.day
daily["month"] = daily["date"].dt.month
daily["payday"] = ((daily["day"] == 15) | daily["date"].dt.is_month_end).astype(int)

daily["sales_lag_1"] = daily["sales"].shift(1)
daily["sales_lag_7"] = daily["sales"].shift(7)
daily["sales_lag_14"] = daily["sales"].shift(14)
daily["sales_roll_7"] = daily["sales"].rolling(7).mean()  # expect: LK503
daily["promo_lag_1"] = daily["onpromotion"].shift(1)

daily = daily.dropna().reset_index(drop=True)


# In[4]:


FEATS = ["dayofweek", "day", "month", "payday", "onpromotion", "dcoilwtico",
         "sales_lag_1", "sales_lag_7", "sales_lag_14", "sales_roll_7", "promo_lag_1"]

trn = daily[daily["date"] < "2017-04-16"]
val = daily[daily["date"] >= "2017-04-16"]
print(len(trn), len(val))


# In[5]:


model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=31, random_state=44)
model.fit(trn[FEATS], np.log1p(trn["sales"]))
val_pred = np.expm1(model.predict(val[FEATS])).clip(0)

print("RMSLE:", np.sqrt(mean_squared_log_error(val["sales"], val_pred)))


# In[6]:


lgb.plot_importance(model, max_num_features=15)
