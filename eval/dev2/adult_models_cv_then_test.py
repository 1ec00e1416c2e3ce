import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score

adult = pd.read_csv("adult.csv")
y = (adult["income"] == ">50K").astype(int)
X = adult.drop(columns=["income", "fnlwgt"])
cat_cols = X.select_dtypes("object").columns.tolist()
num_cols = X.select_dtypes("number").columns.tolist()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)


def make_pipe(est):
    prep = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
        ("num", StandardScaler(), num_cols),
    ])
    return Pipeline([("prep", prep), ("model", est)])


candidates = {
    "logistic": LogisticRegression(max_iter=2000),
    "tree": DecisionTreeClassifier(max_depth=8),
    "forest": RandomForestClassifier(n_estimators=300, n_jobs=-1),
}
results = []
for name, est in candidates.items():
    cv_acc = cross_val_score(make_pipe(est), X_train, y_train, cv=5, scoring="accuracy")
    results.append({"model": name, "cv_accuracy": cv_acc.mean()})

table = pd.DataFrame(results).sort_values("cv_accuracy", ascending=False)
print(table)
best_name = table.iloc[0]["model"]

final = make_pipe(candidates[best_name]).fit(X_train, y_train)
pred = final.predict(X_test)
print(best_name, "test accuracy", accuracy_score(y_test, pred), "test F1", f1_score(y_test, pred))
