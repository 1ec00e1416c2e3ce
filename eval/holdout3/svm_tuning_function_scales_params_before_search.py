"""Grid search for the SVM baseline.

python svm_tuning_function_scales_params_before_search.py data/features_v3
"""
import sys

from sklearn.model_selection import GridSearchCV
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC

from project.features import load_features

GRID = {"C": [0.1, 1, 10, 100], "gamma": ["scale", 0.01, 0.001]}


def tune_svm(X, y, grid):
    X = MinMaxScaler().fit_transform(X)
    search = GridSearchCV(SVC(), grid, cv=5, scoring="f1_macro", n_jobs=-1).fit(X, y)  # expect: LK104
    return search.best_estimator_, search.best_score_


def main(path):
    X, y = load_features(path)
    est, cv_score = tune_svm(X, y, GRID)
    print(est)
    print("CV macro-F1:", round(cv_score, 4))


if __name__ == "__main__":
    main(sys.argv[1])
