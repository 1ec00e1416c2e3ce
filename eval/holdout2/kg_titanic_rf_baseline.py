# Titanic - Machine Learning from Disaster
# My first kernel! Random forest with a few simple features. Upvote if it helps :)

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

train = pd.read_csv("/kaggle/input/titanic/train.csv")
test = pd.read_csv("/kaggle/input/titanic/test.csv")

print(train.head())
print(train.info())
print(train.isnull().sum())

# --- EDA -------------------------------------------------------------
print(train.groupby("Sex")["Survived"].mean())
print(train.groupby("Pclass")["Survived"].mean())
print(train["Embarked"].value_counts())

# --- Missing values ----------------------------------------------------
train["Age"] = train["Age"].fillna(train["Age"].median())  # expect: LK105
train["Embarked"] = train["Embarked"].fillna(train["Embarked"].mode()[0])  # related: LK105
test["Age"] = test["Age"].fillna(28.0)
test["Fare"] = test["Fare"].fillna(14.45)

# --- Feature engineering -------------------------------------------------
for df in [train, test]:
    df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
    df["Embarked"] = df["Embarked"].map({"S": 0, "C": 1, "Q": 2}).fillna(0)
    df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
    df["IsAlone"] = (df["FamilySize"] == 1).astype(int)
    df["Title"] = df["Name"].str.extract(r" ([A-Za-z]+)\.", expand=False)
    df["Title"] = df["Title"].replace(["Lady", "Countess", "Capt", "Col", "Don", "Dr",
                                       "Major", "Rev", "Sir", "Jonkheer", "Dona"], "Rare")
    df["Title"] = df["Title"].replace({"Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs"})
    df["Title"] = df["Title"].map({"Mr": 1, "Miss": 2, "Mrs": 3, "Master": 4, "Rare": 5}).fillna(0)

features = ["Pclass", "Sex", "Age", "Fare", "Embarked", "FamilySize", "IsAlone", "Title"]
X = train[features]
y = train["Survived"]

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=1)

rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=1)
rf.fit(X_train, y_train)
print("validation accuracy:", accuracy_score(y_valid, rf.predict(X_valid)))

rf.fit(X, y)
submission = pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": rf.predict(test[features])})
submission.to_csv("submission.csv", index=False)
print("Your submission was successfully saved!")
