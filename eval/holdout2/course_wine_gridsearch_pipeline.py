"""Assignment 3, Exercise 4: hyper-parameter search done properly.

The scaler lives inside the pipeline, so every CV fold fits it on its own
training part. The test set is touched once, at the very end.
"""
from sklearn.datasets import load_wine
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import classification_report

X, y = load_wine(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=3)

pipe = Pipeline(steps=[
    ("scaler", StandardScaler()),
    ("svc", SVC()),
])
param_grid = {
    "svc__C": [0.01, 0.1, 1, 10, 100],
    "svc__gamma": ["scale", 0.001, 0.01, 0.1],
    "svc__kernel": ["rbf", "linear"],
}

search = GridSearchCV(pipe, param_grid, cv=5, n_jobs=-1, return_train_score=True)
search.fit(X_train, y_train)

print("Best parameters:", search.best_params_)
print("Best CV accuracy: %.3f" % search.best_score_)

best = search.best_estimator_
print("Train accuracy: %.3f" % best.score(X_train, y_train))
print("Test accuracy:  %.3f" % best.score(X_test, y_test))
print(classification_report(y_test, best.predict(X_test)))
