"""Tune an SVM on the wine quality data."""
import pandas as pd
from sklearn.metrics import classification_report
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

wine = pd.read_csv("winequality-red.csv", sep=";")
wine["good"] = (wine["quality"] >= 7).astype(int)
X = wine.drop(columns=["quality", "good"])
y = wine["good"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

param_grid = {"C": [0.1, 1, 10, 100], "gamma": [1, 0.1, 0.01, 0.001], "kernel": ["rbf"]}
grid = GridSearchCV(SVC(), param_grid, refit=True, cv=5, n_jobs=-1, verbose=1)
grid.fit(X_train_s, y_train)  # expect: LK104
print(grid.best_params_)

grid_predictions = grid.predict(X_test_s)
print(classification_report(y_test, grid_predictions))
