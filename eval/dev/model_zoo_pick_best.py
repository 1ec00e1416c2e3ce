"""Train a handful of classifiers on the adult income data and keep the best one."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

cols = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status",
        "occupation", "relationship", "race", "sex", "capital_gain", "capital_loss",
        "hours_per_week", "native_country", "income"]
adult = pd.read_csv("adult.data", names=cols, skipinitialspace=True, na_values="?").dropna()
y = (adult.pop("income") == ">50K").astype(int)
X = pd.get_dummies(adult, drop_first=True)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=33)

candidates = {
    "logreg": LogisticRegression(max_iter=3000),
    "tree": DecisionTreeClassifier(max_depth=8),
    "forest": RandomForestClassifier(n_estimators=300, n_jobs=-1),
    "gbm": GradientBoostingClassifier(),
}

best_name, best_model, best_acc = None, None, 0.0
for name, model in candidates.items():
    model.fit(X_train, y_train)
    acc = accuracy_score(y_test, model.predict(X_test))  # expect: LK301
    print(f"{name:8s} {acc:.4f}")
    if acc > best_acc:
        best_name, best_model, best_acc = name, model, acc

print("selected:", best_name, best_acc)
joblib.dump(best_model, "best_income_model.joblib")
