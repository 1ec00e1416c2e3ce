#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score


# In[2]:


train = pd.read_csv("/kaggle/input/playground-series/train.csv")
test = pd.read_csv("/kaggle/input/playground-series/test.csv")
print(train.shape, test.shape)


# In[3]:


target = train.pop("Class")
df = pd.concat([train, test], axis=0, ignore_index=True)
df = df.drop(columns=["id"])
cols = df.columns.tolist()


# In[4]:


ss = StandardScaler()
df[cols] = ss.fit_transform(df[cols])  # expect: LK102


# In[5]:


train_df = df.iloc[:len(train)]
test_df = df.iloc[len(train):]


# In[6]:


X_tr, X_va, y_tr, y_va = train_test_split(train_df, target, test_size=0.2, stratify=target, random_state=0)
knn = KNeighborsClassifier(n_neighbors=15)
knn.fit(X_tr, y_tr)
print(accuracy_score(y_va, knn.predict(X_va)))


# In[7]:


knn.fit(train_df, target)
sub = pd.read_csv("/kaggle/input/playground-series/sample_submission.csv")
sub["Class"] = knn.predict(test_df)
sub.to_csv("submission.csv", index=False)
