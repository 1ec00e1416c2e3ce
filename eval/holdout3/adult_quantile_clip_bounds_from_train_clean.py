#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split


# In[2]:


df = pd.read_csv("adult_numeric.csv")
num_cols = ["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"]
X_train, X_test, y_train, y_test = train_test_split(df[num_cols], df["income_gt_50k"],
                                                    test_size=0.2, random_state=0)
X_train, X_test = X_train.copy(), X_test.copy()


# In[3]:


# winsorize with bounds learned on the training rows
bounds = X_train.quantile([0.01, 0.99])
for c in num_cols:
    X_train[c] = X_train[c].clip(bounds.loc[0.01, c], bounds.loc[0.99, c])
    X_test[c] = X_test[c].clip(bounds.loc[0.01, c], bounds.loc[0.99, c])


# In[4]:


logreg = LogisticRegression(max_iter=3000).fit(X_train, y_train)
print("logreg F1", f1_score(y_test, logreg.predict(X_test)))
