# Titanic: a clean sklearn Pipeline + ColumnTransformer solution
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

train_df = pd.read_csv("../input/titanic/train.csv")
test_df = pd.read_csv("../input/titanic/test.csv")

# quick look
print(train_df.describe(include="all").T)
print(train_df.groupby(["Sex", "Pclass"])["Survived"].mean().unstack())
sns.countplot(data=train_df, x="Embarked", hue="Survived")
plt.show()

def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["Title"] = df["Name"].str.extract(r",\s*([^\.]+)\.", expand=False).str.strip()
    df["Title"] = df["Title"].where(df["Title"].isin(["Mr", "Mrs", "Miss", "Master"]), "Other")
    df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
    df["HasCabin"] = df["Cabin"].notna().astype(int)
    return df

train_df = add_features(train_df)
test_df = add_features(test_df)

num_features = ["Age", "Fare", "FamilySize", "SibSp", "Parch"]
cat_features = ["Pclass", "Sex", "Embarked", "Title", "HasCabin"]

X = train_df[num_features + cat_features]
y = train_df["Survived"]

preprocess = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_features),
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="most_frequent")),
        ("ohe", OneHotEncoder(handle_unknown="ignore")),
    ]), cat_features),
])

clf = Pipeline([
    ("prep", preprocess),
    ("gb", GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(clf, X, y, cv=cv, scoring="accuracy")
print(f"CV accuracy: {scores.mean():.4f} +/- {scores.std():.4f}")

clf.fit(X, y)
pred = clf.predict(test_df[num_features + cat_features])
pd.DataFrame({"PassengerId": test_df.PassengerId, "Survived": pred}).to_csv("submission.csv", index=False)
