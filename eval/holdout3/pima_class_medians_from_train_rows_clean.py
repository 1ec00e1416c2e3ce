#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split


# In[2]:


cols = ["Pregnancies", "Glucose", "BloodPressure", "SkinThickness", "Insulin",
        "BMI", "DiabetesPedigreeFunction", "Age", "Outcome"]
df = pd.DataFrame(np.loadtxt("pima-indians-diabetes.data.csv", delimiter=","), columns=cols)
zero_as_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
df[zero_as_missing] = df[zero_as_missing].replace(0, np.nan)

train, test = train_test_split(df, test_size=0.2, random_state=7, stratify=df.Outcome)
train, test = train.copy(), test.copy()


# In[3]:


# training rows: median of the patient's own class (labels are known here)
for c in zero_as_missing:
    for k in (0, 1):
        train.loc[(train.Outcome == k) & train[c].isna(), c] = train.loc[train.Outcome == k, c].median()

# test rows: the label is unknown at prediction time, use the overall training median
test[zero_as_missing] = test[zero_as_missing].fillna(train[zero_as_missing].median())


# In[4]:


feats = cols[:-1]
model = LogisticRegression(max_iter=1000).fit(train[feats], train.Outcome)
print("train accuracy:", accuracy_score(train.Outcome, model.predict(train[feats])))
print("test accuracy:", accuracy_score(test.Outcome, model.predict(test[feats])))
