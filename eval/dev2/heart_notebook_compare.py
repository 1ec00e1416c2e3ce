#!/usr/bin/env python
# coding: utf-8

# # Heart disease prediction: comparing classifiers

# In[1]:


import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score


# In[2]:


df = pd.read_csv("heart.csv")
df.head()


# In[3]:


sns.countplot(x="target", data=df)
plt.show()


# In[4]:


dataset = pd.get_dummies(df, columns=["sex", "cp", "fbs", "restecg", "exang", "slope", "ca", "thal"])
standardScaler = StandardScaler()
columns_to_scale = ["age", "trestbps", "chol", "thalach", "oldpeak"]
dataset[columns_to_scale] = standardScaler.fit_transform(dataset[columns_to_scale])  # expect: LK101


# In[5]:


y = dataset["target"]
X = dataset.drop(["target"], axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.33, random_state=0)


# In[6]:


lr = LogisticRegression(max_iter=1000)
lr.fit(X_train, y_train)
lr_acc = accuracy_score(y_test, lr.predict(X_test))
print("Logistic regression:", lr_acc)


# In[7]:


knn = KNeighborsClassifier(n_neighbors=8)
knn.fit(X_train, y_train)
knn_acc = accuracy_score(y_test, knn.predict(X_test))  # expect: LK302
print("KNN:", knn_acc)


# In[8]:


svc = SVC(kernel="linear")
svc.fit(X_train, y_train)
svc_acc = accuracy_score(y_test, svc.predict(X_test))  # related: LK302
print("SVC:", svc_acc)


# In[9]:


scores = pd.Series({"LR": lr_acc, "KNN": knn_acc, "SVC": svc_acc})
scores.sort_values().plot(kind="barh")
plt.show()
