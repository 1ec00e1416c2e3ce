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
data = np.loadtxt("pima-indians-diabetes.data.csv", delimiter=",")
df = pd.DataFrame(data, columns=cols)


# In[3]:


# zeros are really missing values in these columns
zero_as_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
df[zero_as_missing] = df[zero_as_missing].replace(0, np.nan)

# fill with the median of the patient's own class
for c in zero_as_missing:
    for k in (0, 1):
        df.loc[(df.Outcome == k) & df[c].isna(), c] = df.loc[df.Outcome == k, c].median()  # expect: LK105


# In[4]:


X = df.drop(columns="Outcome")
y = df.Outcome
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7)
model = LogisticRegression(max_iter=1000).fit(X_train, y_train)


# In[5]:


print("accuracy on the data set:", accuracy_score(y, model.predict(X)))  # expect: LK202
