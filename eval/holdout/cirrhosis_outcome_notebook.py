#!/usr/bin/env python
# coding: utf-8

# # Cirrhosis patient outcome - quick baselines

# In[1]:


import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


# In[2]:


liver = pd.read_csv("cirrhosis.csv")
liver = liver.dropna(subset=["Drug"])
liver["Cholesterol"] = liver["Cholesterol"].fillna(liver["Cholesterol"].mean())  # expect: LK105
liver["Tryglicerides"] = liver["Tryglicerides"].fillna(0)
liver["Platelets"] = liver["Platelets"].fillna(250)


# In[3]:


features = pd.get_dummies(liver.drop(columns=["ID", "N_Days", "Status"]), drop_first=True)
outcome = liver["Status"]
f_train, f_test, o_train, o_test = train_test_split(features, outcome, test_size=0.25, random_state=42, stratify=outcome)

scale = StandardScaler()
f_train = scale.fit_transform(f_train)
f_test = scale.transform(f_test)


# In[4]:


logreg = LogisticRegression(max_iter=2000).fit(f_train, o_train)
print("logistic regression:", accuracy_score(o_test, logreg.predict(f_test)))


# In[5]:


svc = SVC(C=2.0).fit(f_train, o_train)
print("SVC:", accuracy_score(o_test, svc.predict(f_test)))  # expect: LK302
