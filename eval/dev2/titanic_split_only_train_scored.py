import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("titanic.csv")
df["Sex"] = (df["Sex"] == "female").astype(int)
df["Age"] = df["Age"].fillna(-1)
features = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare"]

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["Survived"], test_size=0.3, random_state=0
)
tree = DecisionTreeClassifier(max_depth=6, random_state=0)
tree.fit(X_train, y_train)
print("accuracy:", accuracy_score(y_train, tree.predict(X_train)))  # expect: LK401

out = X_test.copy()
out["predicted"] = tree.predict(X_test)
out.to_csv("titanic_predictions.csv", index=False)
