#!/usr/bin/env python
# coding: utf-8

# # Store Item Demand Forecasting - LightGBM with lag features
#
# 50 items x 10 stores, five years of daily sales. Lags start at 91 days
# because the public test period is three months long.

# In[1]:


import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error

import warnings
warnings.filterwarnings("ignore")


# In[2]:


train = pd.read_csv("../input/demand-forecasting-kernels-only/train.csv", parse_dates=["date"])
print(train.shape)
train.head()


# In[3]:


train = train.sort_values(["store", "item", "date"]).reset_index(drop=True)

train["month"] = train["date"].dt.month
train["day_of_month"] = train["date"].dt.day
train["day_of_week"] = train["date"].dt.dayofweek
train["week_of_year"] = train["date"].dt.isocalendar().week.astype(int)
train["year"] = train["date"].dt.year


# In[4]:


# lag features per store/item series
for lag in [91, 98, 105, 112, 182, 364]:
    train[f"sales_lag_{lag}"] = train.groupby(["store", "item"])["sales"].shift(lag)

# rolling means on the 91-day lag, so nothing from the forecast window is used
for window in [7, 14, 30, 90]:
    train[f"sales_roll_mean_{window}"] = (
        train.groupby(["store", "item"])["sales_lag_91"]
        .rolling(window, min_periods=1)
        .mean()
        .reset_index(level=[0, 1], drop=True)
    )


# In[5]:


train = train.dropna().reset_index(drop=True)
print(train.shape)

features = [c for c in train.columns if c not in ["date", "sales", "id"]]
X = train[features]
y = np.log1p(train["sales"].values)


# In[6]:


lgb_params = {
    "num_leaves": 31,
    "learning_rate": 0.05,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "n_estimators": 1500,
    "verbose": -1,
}

kf = KFold(n_splits=5, shuffle=True, random_state=2020)
fold_scores = []

for fold, (trn_idx, val_idx) in enumerate(kf.split(X, y)):  # expect: LK502
    X_trn, y_trn = X.iloc[trn_idx], y[trn_idx]
    X_val, y_val = X.iloc[val_idx], y[val_idx]

    model = lgb.LGBMRegressor(**lgb_params)
    model.fit(X_trn, y_trn)

    val_pred = model.predict(X_val)
    score = mean_absolute_error(np.expm1(y_val), np.expm1(val_pred))
    fold_scores.append(score)
    print(f"Fold {fold + 1}: MAE = {score:.4f}")


# In[7]:


print("CV MAE: {:.4f} +/- {:.4f}".format(np.mean(fold_scores), np.std(fold_scores)))

importance = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
importance.head(20)
