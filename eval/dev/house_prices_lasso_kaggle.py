#!/usr/bin/env python
# coding: utf-8

# # House Prices: Advanced Regression Techniques
# Lasso on log target, robust scaling.

# In[1]:


import numpy as np
import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error


# In[2]:


train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")
test_ids = test["Id"]
y = np.log1p(train["SalePrice"])
train = train.drop(["Id", "SalePrice"], axis=1)
test = test.drop(["Id"], axis=1)
ntrain = train.shape[0]
print(train.shape, test.shape)


# In[3]:


all_data = pd.concat((train, test)).reset_index(drop=True)
for col in ("PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu"):
    all_data[col] = all_data[col].fillna("None")
for col in ("GarageArea", "GarageCars", "TotalBsmtSF", "MasVnrArea"):
    all_data[col] = all_data[col].fillna(0)
all_data["TotalSF"] = all_data["TotalBsmtSF"] + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)
all_data = pd.get_dummies(all_data)
all_data = all_data.fillna(0)


# In[4]:


scaler = RobustScaler()
all_scaled = scaler.fit_transform(all_data)  # expect: LK102
X = all_scaled[:ntrain]
X_sub = all_scaled[ntrain:]


# In[5]:


X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=7)
lasso = Lasso(alpha=0.0005, max_iter=50000)
lasso.fit(X_tr, y_tr)
rmse = np.sqrt(mean_squared_error(y_val, lasso.predict(X_val)))
print("Validation RMSLE:", rmse)


# In[6]:


lasso.fit(X, y)
sub = pd.DataFrame({"Id": test_ids, "SalePrice": np.expm1(lasso.predict(X_sub))})
sub.to_csv("submission.csv", index=False)
