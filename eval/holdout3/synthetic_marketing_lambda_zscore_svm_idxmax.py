#!/usr/bin/env python
# coding: utf-8

# In[1]:


import pandas as pd
from sklearn.datasets import make_classification
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


# In[2]:


X_arr, y_arr = make_classification(n_samples=4000, n_features=12, n_informative=6,
                                   random_state=3)
cols = [f"x{i}" for i in range(12)]
bank = pd.DataFrame(X_arr, columns=cols)
bank["y"] = y_arr
bank.head()


# In[3]:


# z-score every feature column
bank[cols] = bank[cols].apply(lambda s: (s - s.mean()) / s.std())  # expect: LK105


# In[4]:


train, test = train_test_split(bank, test_size=0.25, random_state=0, stratify=bank["y"])


# In[5]:


aucs = {}
for C in [0.01, 0.1, 1, 10, 100]:
    svm = SVC(C=C, probability=True, random_state=0).fit(train[cols], train["y"])
    aucs[C] = roc_auc_score(test["y"], svm.predict_proba(test[cols])[:, 1])  # expect: LK301

aucs = pd.Series(aucs)
best_C = aucs.idxmax()
print("best C:", best_C, "AUC:", aucs[best_C])
