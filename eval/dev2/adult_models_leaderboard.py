import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, AdaBoostClassifier
from sklearn.metrics import accuracy_score

adult = pd.read_csv("adult.csv")
y = (adult["income"] == ">50K").astype(int)
X = adult.drop(columns=["income", "fnlwgt"])
cat_cols = X.select_dtypes("object").columns.tolist()
num_cols = X.select_dtypes("number").columns.tolist()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

prep = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("num", StandardScaler(), num_cols),
])
models = {
    "logistic": LogisticRegression(max_iter=2000),
    "tree": DecisionTreeClassifier(max_depth=8),
    "forest": RandomForestClassifier(n_estimators=300, n_jobs=-1),
    "adaboost": AdaBoostClassifier(n_estimators=200),
}

results = []
for name, est in models.items():
    pipe = Pipeline([("prep", prep), ("model", est)])
    pipe.fit(X_train, y_train)
    pred = pipe.predict(X_test)
    acc = accuracy_score(y_test, pred)  # expect: LK302
    results.append({"model": name, "accuracy": acc})

leaderboard = pd.DataFrame(results).sort_values("accuracy", ascending=False)
print(leaderboard.to_string(index=False))
