"""Tune an SVM on the wine quality data; scaling is part of the searched pipeline."""
import pandas as pd
from sklearn.metrics import classification_report
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

wine = pd.read_csv("winequality-white.csv", sep=";")
target = (wine["quality"] >= 7).astype(int)
features = wine.drop(columns=["quality"])

X_train, X_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=42, stratify=target)

pipe = Pipeline([("scaler", StandardScaler()), ("svc", SVC())])
param_grid = {"svc__C": [0.1, 1, 10, 100], "svc__gamma": ["scale", 0.1, 0.01]}
search = GridSearchCV(pipe, param_grid, cv=5, scoring="f1", n_jobs=-1)
search.fit(X_train, y_train)
print("best params:", search.best_params_, "cv f1: %.3f" % search.best_score_)

print(classification_report(y_test, search.predict(X_test)))
