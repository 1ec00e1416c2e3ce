#!/usr/bin/env python
# coding: utf-8

# In[1]:


import lightgbm as lgb
import numpy as np
from sklearn.datasets import make_classification
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import QuantileTransformer


# In[2]:


X, y = make_classification(n_samples=8000, n_features=30, n_informative=12, random_state=21)
qt = QuantileTransformer(output_distribution="normal", n_quantiles=500, random_state=0)
Xq = qt.fit_transform(X)


# In[3]:


skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
oof = np.zeros(len(y))
for fold, (tr, va) in enumerate(skf.split(Xq, y)):  # expect: LK104
    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, verbose=-1)
    model.fit(Xq[tr], y[tr])
    oof[va] = model.predict_proba(Xq[va])[:, 1]
    print(f"fold {fold} done")

print("OOF AUC:", roc_auc_score(y, oof))
