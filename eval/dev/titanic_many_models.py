# Titanic: Machine Learning from Disaster
# Feature engineering and a comparison of classic classifiers.

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier

train_df = pd.read_csv("../input/train.csv")
test_df = pd.read_csv("../input/test.csv")

train_df = train_df.drop(["Ticket", "Cabin"], axis=1)
test_df = test_df.drop(["Ticket", "Cabin"], axis=1)

rare_titles = ["Lady", "Countess", "Capt", "Col", "Don", "Dr", "Major", "Rev", "Sir", "Jonkheer", "Dona"]
for dataset in (train_df, test_df):
    dataset["Title"] = dataset["Name"].str.extract(r" ([A-Za-z]+)\.", expand=False)
    dataset["Title"] = dataset["Title"].replace(rare_titles, "Rare")
    dataset["Title"] = dataset["Title"].replace({"Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs"})
    dataset["Title"] = dataset["Title"].map({"Mr": 1, "Miss": 2, "Mrs": 3, "Master": 4, "Rare": 5}).fillna(0)
    dataset["Sex"] = dataset["Sex"].map({"female": 1, "male": 0}).astype(int)
    dataset["FamilySize"] = dataset["SibSp"] + dataset["Parch"] + 1
    dataset["IsAlone"] = (dataset["FamilySize"] == 1).astype(int)
    dataset["Embarked"] = dataset["Embarked"].fillna("S").map({"S": 0, "C": 1, "Q": 2})

age_fill = train_df["Age"].median()
fare_fill = train_df["Fare"].median()
for dataset in (train_df, test_df):
    dataset["Age"] = dataset["Age"].fillna(age_fill)
    dataset["Fare"] = dataset["Fare"].fillna(fare_fill)

X_train = train_df.drop(["Survived", "PassengerId", "Name"], axis=1)
Y_train = train_df["Survived"]
X_test = test_df.drop(["PassengerId", "Name"], axis=1).copy()
print(X_train.shape, Y_train.shape, X_test.shape)

logreg = LogisticRegression(max_iter=1000)
logreg.fit(X_train, Y_train)
Y_pred = logreg.predict(X_test)
acc_log = round(logreg.score(X_train, Y_train) * 100, 2)  # expect: LK401

svc = SVC()
svc.fit(X_train, Y_train)
Y_pred = svc.predict(X_test)
acc_svc = round(svc.score(X_train, Y_train) * 100, 2)  # related: LK401

knn = KNeighborsClassifier(n_neighbors=3)
knn.fit(X_train, Y_train)
Y_pred = knn.predict(X_test)
acc_knn = round(knn.score(X_train, Y_train) * 100, 2)  # related: LK401

decision_tree = DecisionTreeClassifier()
decision_tree.fit(X_train, Y_train)
Y_pred = decision_tree.predict(X_test)
acc_decision_tree = round(decision_tree.score(X_train, Y_train) * 100, 2)  # related: LK401

random_forest = RandomForestClassifier(n_estimators=100)
random_forest.fit(X_train, Y_train)
Y_pred = random_forest.predict(X_test)
acc_random_forest = round(random_forest.score(X_train, Y_train) * 100, 2)  # related: LK401

models = pd.DataFrame({
    "Model": ["Logistic Regression", "SVM", "KNN", "Decision Tree", "Random Forest"],
    "Score": [acc_log, acc_svc, acc_knn, acc_decision_tree, acc_random_forest],
})
print(models.sort_values(by="Score", ascending=False))

submission = pd.DataFrame({"PassengerId": test_df["PassengerId"], "Survived": Y_pred})
submission.to_csv("submission.csv", index=False)
