#!/usr/bin/env python
# coding: utf-8

# # Web Traffic Time Series - one page, XGBoost on lags
# Forecast the daily views of a single Wikipedia article from its own history.

# In[1]:


import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error


# In[2]:


views = pd.read_csv("../input/wiki-pageviews/daily_views.csv", parse_dates=["date"], index_col="date")
series = views["Python_(programming_language)_en.wikipedia.org_all-access_all-agents"]
series = series.asfreq("D").ffill()
series.plot(figsize=(15, 4))


# In[3]:


df = series.to_frame(name="views")
for lag in range(1, 8):
    df[f"lag_{lag}"] = df["views"].shift(lag)
df["lag_14"] = df["views"].shift(14)
df["lag_28"] = df["views"].shift(28)
df["roll_mean_7"] = df["views"].shift(1).rolling(7).mean()
df["roll_std_7"] = df["views"].shift(1).rolling(7).std()
df["roll_mean_28"] = df["views"].shift(1).rolling(28).mean()
df["dayofweek"] = df.index.dayofweek
df["month"] = df.index.month
df = df.dropna()
df.tail()


# In[4]:


X = df.drop(columns="views")
y = np.log1p(df["views"])

# keep the order: the last 20% of days are the test period
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
print(X_train.index.max(), X_test.index.min())


# In[5]:


model = XGBRegressor(n_estimators=600, learning_rate=0.03, max_depth=5, subsample=0.8,
                     colsample_bytree=0.8, random_state=0)
model.fit(X_train, y_train)

pred = np.expm1(model.predict(X_test))
actual = np.expm1(y_test)
smape = 100 * np.mean(2 * np.abs(pred - actual) / (np.abs(pred) + np.abs(actual)))
print("MAE  :", mean_absolute_error(actual, pred))
print("SMAPE:", smape)


# In[6]:


plt.figure(figsize=(15, 4))
plt.plot(actual.index, actual.values, label="actual")
plt.plot(actual.index, pred, label="forecast")
plt.legend()
plt.show()
