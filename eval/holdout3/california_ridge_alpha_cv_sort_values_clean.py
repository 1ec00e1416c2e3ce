#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from sklearn.datasets import fetch_california_housing
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


# In[2]:


X, y = fetch_california_housing(return_X_y=True, as_frame=True)
X = X.drop(columns=["Latitude", "Longitude"])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)


# In[3]:


rows = []
for alpha in np.logspace(-3, 2, 12):
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    cv_rmse = -cross_val_score(pipe, X_train, y_train, cv=5, scoring="neg_root_mean_squared_error").mean()
    rows.append({"alpha": alpha, "cv_rmse": cv_rmse})

results = pd.DataFrame(rows)
best = results.sort_values("cv_rmse").iloc[0]


# In[4]:


final = make_pipeline(StandardScaler(), Ridge(alpha=best["alpha"])).fit(X_train, y_train)
print("test RMSE:", mean_squared_error(y_test, final.predict(X_test)) ** 0.5)
