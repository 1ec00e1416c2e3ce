# Titanic: a complete beginner workflow (wrangle -> model -> submit)
# wrangling
import pandas as pd
import numpy as np

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
lr_model = LogisticRegression(max_iter=500)
lr_model.fit(X_train, Y_train)
score_lr = 100 * lr_model.score(X_train, Y_train)  # expect: LK401
print("LogReg: %.2f" % score_lr)

# Support Vector Machines
svm_model = SVC(gamma="auto")
svm_model.fit(X_train, Y_train)
score_svm = 100 * svm_model.score(X_train, Y_train)  # related: LK401
print("SVM: %.2f" % score_svm)

knn_model = KNeighborsClassifier(n_neighbors=5)
knn_model.fit(X_train, Y_train)
score_knn = 100 * knn_model.score(X_train, Y_train)  # related: LK401
print("KNN: %.2f" % score_knn)

# Random Forest
forest_model = RandomForestClassifier(n_estimators=250, random_state=1)
forest_model.fit(X_train, Y_train)
Y_pred = forest_model.predict(X_test)
score_rf = 100 * forest_model.score(X_train, Y_train)  # related: LK401
print("Random forest: %.2f" % score_rf)

leaderboard = pd.Series({"LogReg": score_lr, "SVM": score_svm, "KNN": score_knn, "Random forest": score_rf})
print(leaderboard.sort_values(ascending=False).round(2))

submission = pd.DataFrame({"PassengerId": test_df["PassengerId"], "Survived": Y_pred})
submission.to_csv("submission.csv", index=False)
