#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split


# In[2]:


rng = np.random.default_rng(17)
n = 6000
df = pd.DataFrame(rng.normal(size=(n, 8)), columns=[f"v{i}" for i in range(8)])
df["churn"] = ((df.v0 + 0.8 * df.v3 - df.v5 + rng.normal(0, 1, n)) > 2.2).astype(int)
print(df.churn.mean())


# In[3]:


X = df.drop(columns="churn")
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)


# In[4]:


X_train, y_train = SMOTE(random_state=0).fit_resample(X_train, y_train)
print(y_train.value_counts())


# In[5]:


rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X_train, y_train)
pred = rf.predict(X_test)
print("F1:", f1_score(y_test, pred))
print(classification_report(y_test, pred))
