# Titanic - shared feature engineering on train+test, scaling learned on train only
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
n_train = len(train)

full = pd.concat([train.drop(columns="Survived"), test], ignore_index=True)
full["Title"] = full["Name"].str.extract(r",\s*([^\.]+)\.", expand=False).str.strip()
full["Title"] = full["Title"].where(full["Title"].isin(["Mr", "Mrs", "Miss", "Master"]), "Other")
full["FamilySize"] = full["SibSp"] + full["Parch"] + 1
full["HasCabin"] = full["Cabin"].notna().astype(int)
full["Embarked"] = full["Embarked"].fillna("S")
full = pd.get_dummies(full, columns=["Title", "Sex", "Embarked", "Pclass"], drop_first=True)
full = full.drop(columns=["PassengerId", "Name", "Ticket", "Cabin"])

X_all = full.iloc[:n_train].copy()
X_sub = full.iloc[n_train:].copy()
y_all = train["Survived"]

X_tr, X_va, y_tr, y_va = train_test_split(X_all, y_all, test_size=0.2, random_state=1, stratify=y_all)
medians = X_tr[["Age", "Fare"]].median()
for part in (X_tr, X_va, X_sub):
    part[["Age", "Fare"]] = part[["Age", "Fare"]].fillna(medians)

scaler = StandardScaler().fit(X_tr)
svc = SVC(C=2.0, gamma="scale").fit(scaler.transform(X_tr), y_tr)
print("validation accuracy:", accuracy_score(y_va, svc.predict(scaler.transform(X_va))))
pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": svc.predict(scaler.transform(X_sub))}).to_csv(
    "submission.csv", index=False)
