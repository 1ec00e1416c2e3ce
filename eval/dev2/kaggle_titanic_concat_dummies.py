import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import cross_val_score

train = pd.read_csv("../input/titanic/train.csv")
test = pd.read_csv("../input/titanic/test.csv")
ntrain = train.shape[0]
y = train["Survived"].values
passenger_id = test["PassengerId"]

all_data = pd.concat([train.drop(columns=["Survived"]), test], ignore_index=True)
all_data["Title"] = all_data["Name"].apply(lambda n: n.split(",")[1].split(".")[0].strip())
all_data["Title"] = all_data["Title"].replace(["Mlle", "Ms"], "Miss").replace("Mme", "Mrs")
all_data.loc[~all_data["Title"].isin(["Mr", "Mrs", "Miss", "Master"]), "Title"] = "Rare"
all_data["FamilySize"] = all_data["SibSp"] + all_data["Parch"] + 1
all_data["IsAlone"] = np.where(all_data["FamilySize"] == 1, 1, 0)
all_data["Embarked"] = all_data["Embarked"].fillna("S")
all_data["Cabin"] = all_data["Cabin"].fillna("U").str[0]
all_data["Fare"] = all_data["Fare"].fillna(-1.0)
all_data["AgeBand"] = pd.cut(all_data["Age"], bins=[0, 12, 18, 35, 60, 120], labels=False)

all_data = pd.get_dummies(
    all_data.drop(columns=["PassengerId", "Name", "Ticket"]),
    columns=["Sex", "Embarked", "Title", "Cabin", "Pclass"],
)

X = all_data[:ntrain]
X_test = all_data[ntrain:]

hgb = HistGradientBoostingClassifier(max_depth=4, learning_rate=0.05, max_iter=300)
scores = cross_val_score(hgb, X, y, cv=5, scoring="accuracy")
print("CV accuracy: %.4f" % scores.mean())

hgb.fit(X, y)
out = pd.DataFrame({"PassengerId": passenger_id, "Survived": hgb.predict(X_test)})
out.to_csv("submission.csv", index=False)
