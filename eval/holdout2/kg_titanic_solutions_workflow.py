# Titanic Data Science Solutions - workflow stages
# data analysis and wrangling
import pandas as pd
import numpy as np
import random as rnd

# machine learning
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier

train_df = pd.read_csv("../input/train.csv")
test_df = pd.read_csv("../input/test.csv")
combine = [train_df, test_df]

print(train_df.columns.values)
print(train_df[["Pclass", "Survived"]].groupby(["Pclass"], as_index=False).mean())

train_df = train_df.drop(["Ticket", "Cabin"], axis=1)
test_df = test_df.drop(["Ticket", "Cabin"], axis=1)
combine = [train_df, test_df]

for dataset in combine:
    dataset["Title"] = dataset.Name.str.extract(r" ([A-Za-z]+)\.", expand=False)
    dataset["Title"] = dataset["Title"].replace(["Lady", "Countess", "Capt", "Col", "Don", "Dr",
                                                 "Major", "Rev", "Sir", "Jonkheer", "Dona"], "Rare")
    dataset["Title"] = dataset["Title"].replace("Mlle", "Miss").replace("Ms", "Miss").replace("Mme", "Mrs")
    dataset["Title"] = dataset["Title"].map({"Mr": 1, "Miss": 2, "Mrs": 3, "Master": 4, "Rare": 5}).fillna(0)
    dataset["Sex"] = dataset["Sex"].map({"female": 1, "male": 0}).astype(int)
    dataset["Age"] = dataset["Age"].fillna(28)
    dataset["Embarked"] = dataset["Embarked"].fillna("S").map({"S": 0, "C": 1, "Q": 2}).astype(int)
    dataset["Fare"] = dataset["Fare"].fillna(14.45)
    dataset["IsAlone"] = ((dataset["SibSp"] + dataset["Parch"]) == 0).astype(int)

train_df = train_df.drop(["Name", "PassengerId"], axis=1)
test_df = test_df.drop(["Name"], axis=1)

X_train = train_df.drop("Survived", axis=1)
Y_train = train_df["Survived"]
X_test = test_df.drop("PassengerId", axis=1).copy()
print(X_train.shape, Y_train.shape, X_test.shape)

# Logistic Regression
logreg = LogisticRegression(max_iter=500)
logreg.fit(X_train, Y_train)
acc_log = round(logreg.score(X_train, Y_train) * 100, 2)  # expect: LK401
print(acc_log)

# Support Vector Machines
svc = SVC()
svc.fit(X_train, Y_train)
acc_svc = round(svc.score(X_train, Y_train) * 100, 2)  # expect: LK401
print(acc_svc)

knn = KNeighborsClassifier(n_neighbors=3)
knn.fit(X_train, Y_train)
acc_knn = round(knn.score(X_train, Y_train) * 100, 2)  # expect: LK401
print(acc_knn)

# Random Forest
random_forest = RandomForestClassifier(n_estimators=100)
random_forest.fit(X_train, Y_train)
Y_pred = random_forest.predict(X_test)
acc_random_forest = round(random_forest.score(X_train, Y_train) * 100, 2)  # expect: LK401
print(acc_random_forest)

models = pd.DataFrame({
    "Model": ["Logistic Regression", "Support Vector Machines", "KNN", "Random Forest"],
    "Score": [acc_log, acc_svc, acc_knn, acc_random_forest]})
print(models.sort_values(by="Score", ascending=False))

submission = pd.DataFrame({"PassengerId": test_df["PassengerId"], "Survived": Y_pred})
submission.to_csv("submission.csv", index=False)
