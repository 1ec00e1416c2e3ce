#!/usr/bin/env python
# coding: utf-8

# ## Chronic Kidney Disease prediction

# In[1]:


import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score


# In[2]:


ckd = pd.read_csv("kidney_disease.csv")
ckd["classification"] = ckd["classification"].str.strip().map({"ckd": 1, "notckd": 0})
for col in ["pcv", "wc", "rc"]:
    ckd[col] = pd.to_numeric(ckd[col], errors="coerce")
num_cols = [c for c in ckd.select_dtypes(include=np.number).columns if c not in ("id", "classification")]
cat_cols = [c for c in ckd.columns if ckd[c].dtype == object]


# In[3]:


for col in num_cols:
    ckd[col] = ckd[col].fillna(ckd[col].median())  # expect: LK105
for col in cat_cols:
    ckd[col] = ckd[col].fillna("missing")
ckd = pd.get_dummies(ckd, columns=cat_cols, drop_first=True)


# In[4]:


X = ckd.drop(columns=["id", "classification"])
y = ckd["classification"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
rf = RandomForestClassifier(n_estimators=100, random_state=0).fit(X_train, y_train)
print("accuracy:", accuracy_score(y_test, rf.predict(X_test)))
