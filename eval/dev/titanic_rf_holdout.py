"""Titanic: random forest with a proper validation split.

Missing values are filled with statistics of the training part only.
"""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

FEATURES = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"]

train = pd.read_csv("input/train.csv")
test = pd.read_csv("input/test.csv")


def encode(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[FEATURES].copy()
    out["Sex"] = (out["Sex"] == "female").astype(int)
    out["Embarked"] = out["Embarked"].map({"S": 0, "C": 1, "Q": 2})
    return out


X = encode(train)
y = train["Survived"]
X_sub = encode(test)

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

fill_values = X_tr.median()
X_tr = X_tr.fillna(fill_values)
X_val = X_val.fillna(fill_values)
X_sub = X_sub.fillna(fill_values)

rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=0)
rf.fit(X_tr, y_tr)
print("validation accuracy:", accuracy_score(y_val, rf.predict(X_val)))

# retrain on train + validation for the submission
rf.fit(pd.concat([X_tr, X_val]), pd.concat([y_tr, y_val]))
pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": rf.predict(X_sub)}).to_csv(
    "submission.csv", index=False
)
