#!/usr/bin/env python
# coding: utf-8

# # Credit Card Fraud Detection - SMOTE + Random Forest
#
# Only 492 frauds out of 284,807 transactions. We oversample the minority class with
# SMOTE on the training data and train a random forest.

# In[1]:


import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from imblearn.over_sampling import SMOTE


# In[2]:


df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
df.head()


# In[3]:


print(df["Class"].value_counts())
sns.countplot(x="Class", data=df)
plt.title("Class distribution (0: genuine, 1: fraud)")
plt.show()


# In[4]:


X = df.drop(["Time", "Class"], axis=1)
y = df["Class"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=42)

scaler = RobustScaler()
X_train["Amount"] = scaler.fit_transform(X_train[["Amount"]])
X_test["Amount"] = scaler.transform(X_test[["Amount"]])


# In[5]:


sm = SMOTE(sampling_strategy=0.5, random_state=42)
X_res, y_res = sm.fit_resample(X_train, y_train)
print("After SMOTE:", np.bincount(y_res))


# In[6]:


rf = RandomForestClassifier(n_estimators=200, max_depth=12, n_jobs=-1, random_state=42)
rf.fit(X_res, y_res)


# In[7]:


y_pred = rf.predict(X_test)
print("Accuracy on the test set: {:.4f}".format(accuracy_score(y_test, y_pred)))  # expect: LK601
