#!/usr/bin/env python
# coding: utf-8

# # Heart disease - random forest baseline

# In[1]:


import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score


# In[2]:


df = pd.read_csv("heart.csv")
print(df.shape)
df.isna().sum()


# In[3]:


X = df.drop(columns=["target"])
y = df["target"]
X = pd.get_dummies(X, columns=["cp", "thal", "slope"], drop_first=True)


# In[4]:


X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)


# In[5]:


sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)


# In[6]:


rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, random_state=42)
rf.fit(X_train, y_train)


# In[7]:


pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print("accuracy", accuracy_score(y_test, pred))
print("f1", f1_score(y_test, pred))
print("roc auc", roc_auc_score(y_test, proba))


# In[8]:


importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
importances.head(10)
