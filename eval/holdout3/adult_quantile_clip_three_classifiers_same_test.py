#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split


# In[2]:


df = pd.read_csv("adult_numeric.csv")
num_cols = ["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"]


# In[3]:


# winsorize the heavy tails
for c in num_cols:
    df[c] = df[c].clip(df[c].quantile(0.01), df[c].quantile(0.99))  # expect: LK105


# In[4]:


X_train, X_test, y_train, y_test = train_test_split(df[num_cols], df["income_gt_50k"],
                                                    test_size=0.2, random_state=0)


# In[5]:


logreg = LogisticRegression(max_iter=3000).fit(X_train, y_train)
print("logreg F1", f1_score(y_test, logreg.predict(X_test)))

rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X_train, y_train)
print("forest F1", f1_score(y_test, rf.predict(X_test)))  # expect: LK302

gb = GradientBoostingClassifier(random_state=0).fit(X_train, y_train)
print("boosting F1", f1_score(y_test, gb.predict(X_test)))
