#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pickle

import pandas as pd
from sklearn.linear_model import Lasso, Ridge
from sklearn.metrics import r2_score
from sklearn.preprocessing import StandardScaler


# In[2]:


# splits.pkl is written by make_splits.py (train and test both carry the label)
with open("data/splits.pkl", "rb") as fh:
    train_df, test_df = pickle.load(fh)

n_tr = len(train_df)
print(n_tr, len(test_df))


# In[3]:


num_cols = ["cement", "slag", "fly_ash", "water", "superplasticizer",
            "coarse_agg", "fine_agg", "age"]

full = pd.concat([train_df, test_df], ignore_index=True)
full[num_cols] = StandardScaler().fit_transform(full[num_cols])  # expect: LK102


# In[4]:


X_tr = full.iloc[:n_tr][num_cols]
y_tr = full.iloc[:n_tr]["strength"]
X_te = full.iloc[n_tr:][num_cols]
y_te = full.iloc[n_tr:]["strength"]


# In[5]:


ridge = Ridge(alpha=1.0).fit(X_tr, y_tr)
print("ridge R2:", r2_score(y_te, ridge.predict(X_te)))


# In[6]:


lasso = Lasso(alpha=0.05).fit(X_tr, y_tr)
print("lasso R2:", r2_score(y_te, lasso.predict(X_te)))  # expect: LK302
