#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score


# In[2]:


df = pd.read_csv("titanic_train.csv")
df.info()


# In[3]:


df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
df["Embarked"] = df["Embarked"].fillna("S").map({"S": 0, "C": 1, "Q": 2})
df["Age"] = df["Age"].fillna(-1)
df["HasCabin"] = df["Cabin"].notna().astype(int)


# In[4]:


features = [c for c in df.columns if c not in ["PassengerId", "Name", "Ticket", "Cabin"]]
X = df[features]  # expect: LK501
y = df["Survived"]
X.head()


# In[5]:


X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
gbc = GradientBoostingClassifier(n_estimators=200, max_depth=3)
gbc.fit(X_train, y_train)
accuracy_score(y_val, gbc.predict(X_val))
