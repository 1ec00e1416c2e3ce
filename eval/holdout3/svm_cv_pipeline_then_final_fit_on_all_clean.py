"""Pick the SVM settings by CV (scaler inside the pipeline), then fit the deployable model on everything."""
import sys

import joblib
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC

from project.features import load_features

GRID = {"svc__C": [0.1, 1, 10, 100], "svc__gamma": ["scale", 0.01, 0.001]}


def tune_svm(X, y, grid):
    pipe = make_pipeline(MinMaxScaler(), SVC())
    search = GridSearchCV(pipe, grid, cv=5, scoring="f1_macro", n_jobs=-1).fit(X, y)
    return search.best_params_, search.best_score_


def main(path):
    X, y = load_features(path)
    params, cv_score = tune_svm(X, y, GRID)
    print("CV macro-F1:", round(cv_score, 4), params)

    final = make_pipeline(MinMaxScaler(), SVC()).set_params(**params).fit(X, y)
    joblib.dump(final, "svm_final.joblib")


if __name__ == "__main__":
    main(sys.argv[1])
