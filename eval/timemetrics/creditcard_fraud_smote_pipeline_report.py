#!/usr/bin/env python
# coding: utf-8

# # Fraud detection: SMOTE inside an imblearn pipeline
# The sampler only ever sees training rows; the test set keeps its real class ratio.

# In[1]:


import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


# In[2]:


df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df["Class"].value_counts(normalize=True))

X = df.drop(columns=["Time", "Class"])
y = df["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)


# In[3]:


pipe = Pipeline(steps=[
    ("scale", StandardScaler()),
    ("smote", SMOTE(random_state=0)),
    ("clf", LogisticRegression(max_iter=2000, C=0.1)),
])
pipe.fit(X_train, y_train)


# In[4]:


y_pred = pipe.predict(X_test)
print("Accuracy:", accuracy_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred, target_names=["genuine", "fraud"], digits=4))
