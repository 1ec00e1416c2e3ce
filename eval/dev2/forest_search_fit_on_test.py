import pandas as pd
from scipy.stats import randint
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import RandomizedSearchCV, train_test_split
from sklearn.metrics import f1_score

df = pd.read_csv("forest_cover.csv")
X = df.drop(columns=["Cover_Type"])
y = df["Cover_Type"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

param_dist = {
    "n_estimators": randint(100, 600),
    "max_depth": [None, 10, 20, 40],
    "min_samples_leaf": randint(1, 10),
    "max_features": ["sqrt", "log2", 0.5],
}
search = RandomizedSearchCV(RandomForestClassifier(random_state=0), param_dist, n_iter=30, cv=3,
                            scoring="f1_macro", random_state=0, n_jobs=-1)
search.fit(X_test, y_test)  # expect: LK301
print("best params", search.best_params_)

best = RandomForestClassifier(random_state=0, **search.best_params_)
best.fit(X_train, y_train)
print("macro F1 on test:", f1_score(y_test, best.predict(X_test), average="macro"))
