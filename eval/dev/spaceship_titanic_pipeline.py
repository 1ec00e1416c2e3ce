#!/usr/bin/env python
# coding: utf-8

# # Spaceship Titanic - EDA and a gradient boosting pipeline

# In[1]:


import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


# In[2]:


train = pd.read_csv("/kaggle/input/spaceship-titanic/train.csv")
test = pd.read_csv("/kaggle/input/spaceship-titanic/test.csv")
print(train.shape, test.shape)
train.describe()


# In[3]:


print(train.isna().mean().sort_values(ascending=False))
print(train["HomePlanet"].value_counts())
print("mean age:", train["Age"].mean(), "median spend:", train["RoomService"].median())
sns.heatmap(train.select_dtypes("number").corr(), annot=True, cmap="coolwarm")
plt.show()


# In[4]:


def engineer(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out[["Deck", "CabinNum", "Side"]] = out["Cabin"].str.split("/", expand=True)
    spend = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]
    out["TotalSpend"] = out[spend].sum(axis=1)
    out["NoSpend"] = (out["TotalSpend"] == 0).astype(int)
    return out


train = engineer(train)
test = engineer(test)
num_cols = ["Age", "RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck", "TotalSpend", "NoSpend"]
cat_cols = ["HomePlanet", "CryoSleep", "Destination", "VIP", "Deck", "Side"]


# In[5]:


pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore"))]), cat_cols),
])
model = Pipeline([("pre", pre), ("gb", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05))])

X = train[num_cols + cat_cols]
y = train["Transported"].astype(int)
scores = cross_val_score(model, X, y, cv=5, scoring="accuracy")
print("CV accuracy: %.4f" % np.mean(scores))


# In[6]:


model.fit(X, y)
submission = pd.DataFrame({"PassengerId": test["PassengerId"],
                           "Transported": model.predict(test[num_cols + cat_cols]).astype(bool)})
submission.to_csv("submission.csv", index=False)
