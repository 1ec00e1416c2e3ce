#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


# In[2]:


train = pd.read_csv("../input/house-prices/train.csv")
test = pd.read_csv("../input/house-prices/test.csv")  # no SalePrice here
y = np.log1p(train.pop("SalePrice"))
n_train = len(train)


# In[3]:


# one-hot encode train and test together so both get the same columns
all_data = pd.concat([train, test], ignore_index=True).drop(columns=["Id"])
all_data = pd.get_dummies(all_data, dummy_na=True)

X = all_data.iloc[:n_train]
X_sub = all_data.iloc[n_train:]


# In[4]:


X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), Ridge(alpha=10.0))
model.fit(X_tr, y_tr)
print("valid RMSE:", np.sqrt(mean_squared_error(y_val, model.predict(X_val))))


# In[5]:


model.fit(X, y)
sub = pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(model.predict(X_sub))})
sub.to_csv("submission.csv", index=False)
