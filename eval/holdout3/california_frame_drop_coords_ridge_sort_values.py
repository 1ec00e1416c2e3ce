#!/usr/bin/env python
# coding: utf-8

# # California housing with ridge regression

# In[1]:


import numpy as np
import pandas as pd
from sklearn.datasets import fetch_california_housing
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


# In[2]:


housing = fetch_california_housing(as_frame=True)
df = housing.frame
df.describe()


# In[3]:


# coordinates are not meaningful for a linear model, drop them
X = df.drop(columns=["Latitude", "Longitude"])  # expect: LK501
y = df["MedHouseVal"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)


# In[4]:


rows = []
for alpha in np.logspace(-3, 2, 12):
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X_train, y_train)
    rmse = mean_squared_error(y_test, pipe.predict(X_test)) ** 0.5  # expect: LK301
    rows.append({"alpha": alpha, "rmse": rmse})

results = pd.DataFrame(rows)
best = results.sort_values("rmse").iloc[0]
print("best alpha:", best["alpha"], "rmse:", best["rmse"])
