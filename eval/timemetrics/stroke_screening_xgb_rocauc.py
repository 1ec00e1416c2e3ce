#!/usr/bin/env python
# coding: utf-8

# # Stroke prediction with XGBoost
# 5,110 patients, 249 strokes (4.9%).

# In[1]:


import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix
from xgboost import XGBClassifier


# In[2]:


df = pd.read_csv("../input/stroke-prediction-dataset/healthcare-dataset-stroke-data.csv")
df = df.drop(columns="id")
df = pd.get_dummies(df, columns=["gender", "ever_married", "work_type", "Residence_type", "smoking_status"],
                    drop_first=True, dtype=int)

X = df.drop(columns="stroke")
y = df["stroke"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)


# In[3]:


# bmi has missing values; XGBoost handles NaN natively, so no imputation
spw = (y_train == 0).sum() / (y_train == 1).sum()
xgb = XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, scale_pos_weight=spw,
                    eval_metric="auc", random_state=99)
xgb.fit(X_train, y_train)


# In[4]:


proba = xgb.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

print("Accuracy:", round(accuracy_score(y_test, pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))
