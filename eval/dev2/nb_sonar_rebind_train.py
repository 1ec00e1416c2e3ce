#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score


# In[2]:


df = pd.read_csv("sonar.csv", header=None)
df.shape


# In[3]:


X = df.iloc[:, :-1]
y = (df.iloc[:, -1] == "M").astype(int)


# In[4]:


X, X_test, y, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)


# In[5]:


scaler = StandardScaler()
X = scaler.fit_transform(X)
X_test = scaler.transform(X_test)


# In[6]:


model = SVC(C=10.0, gamma="scale")
model.fit(X, y)


# In[7]:


print("train accuracy", accuracy_score(y, model.predict(X)))
print("test accuracy ", accuracy_score(y_test, model.predict(X_test)))
