import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

df = pd.read_csv("titanic.csv")
df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
df["Embarked"] = df["Embarked"].fillna("S")
df.loc[df["Age"].isna(), "Age"] = df["Age"].median()  # expect: LK105
df["FareBand"] = pd.qcut(df["Fare"], 4, labels=[0, 1, 2, 3]).astype(int)  # related: LK105
df["AgeBand"] = pd.cut(df["Age"], bins=[0, 16, 32, 48, 64, 100], labels=False)
df = pd.get_dummies(df, columns=["Embarked", "Pclass"], drop_first=True)

features = ["Sex", "AgeBand", "FareBand", "SibSp", "Parch",
            "Embarked_Q", "Embarked_S", "Pclass_2", "Pclass_3"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["Survived"], test_size=0.2, random_state=0
)

logreg = LogisticRegression(max_iter=500)
logreg.fit(X_train, y_train)
print("train acc", accuracy_score(y_train, logreg.predict(X_train)))
print("test acc", accuracy_score(y_test, logreg.predict(X_test)))
