#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
import lightgbm as lgb
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score


# In[2]:


df = pd.read_csv("bankruptcy.csv")
X = df.drop(columns=["Bankrupt?"])
y = df["Bankrupt?"]
y.value_counts()


# In[3]:


sm = SMOTE(random_state=42, k_neighbors=5)
X, y = sm.fit_resample(X, y)  # expect: LK201
y.value_counts()


# In[4]:


skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
oof = np.zeros(len(X))
for fold, (tr, va) in enumerate(skf.split(X, y)):
    model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, verbose=-1)
    model.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    print(fold, roc_auc_score(y.iloc[va], oof[va]))


# In[5]:


print("OOF AUC", roc_auc_score(y, oof))
