#!/usr/bin/env python
# coding: utf-8

# # Credit Card Fraud Detection - SMOTE + Random Forest

# In[1]:


import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler


# In[2]:


df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df["Class"].value_counts(normalize=True))


# In[3]:


rob_scaler = RobustScaler()
df["scaled_amount"] = rob_scaler.fit_transform(df["Amount"].values.reshape(-1, 1))  # expect: LK101
df["scaled_time"] = rob_scaler.fit_transform(df["Time"].values.reshape(-1, 1))  # related: LK101
df = df.drop(["Time", "Amount"], axis=1)


# In[4]:


X = df.drop("Class", axis=1)
y = df["Class"]
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)  # expect: LK201
print(y_res.value_counts())


# In[5]:


X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.2, random_state=42)
rf = RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
print(classification_report(y_test, rf.predict(X_test), digits=4))
