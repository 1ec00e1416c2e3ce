"""Credit-risk baseline: the custom winsorizer lives inside the pipeline."""
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import Pipeline
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score


class Winsorizer(BaseEstimator, TransformerMixin):
    """Clip every column to quantiles learned in fit."""

    def __init__(self, lower=0.01, upper=0.99):
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        X = np.asarray(X, dtype=float)
        self.lo_ = np.nanquantile(X, self.lower, axis=0)
        self.hi_ = np.nanquantile(X, self.upper, axis=0)
        return self

    def transform(self, X):
        return np.clip(np.asarray(X, dtype=float), self.lo_, self.hi_)


class Trainer:
    def __init__(self, lower=0.005, upper=0.995):
        self.pipe = Pipeline([
            ("clip", Winsorizer(lower, upper)),
            ("gbm", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)),
        ])

    def cross_validate(self, X, y):
        return cross_val_score(self.pipe, X, y, cv=5, scoring="average_precision")

    def fit(self, X, y):
        self.pipe.fit(X, y)
        return self

    def evaluate(self, X, y):
        return average_precision_score(y, self.pipe.predict_proba(X)[:, 1])


def main():
    df = pd.read_csv("credit.csv")
    y = df.pop("defaulted").values
    X = df.select_dtypes("number")
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.3, stratify=y, random_state=5
    )
    trainer = Trainer()
    cv_scores = trainer.cross_validate(X_train, y_train)
    print("cv AP: %.3f +/- %.3f" % (cv_scores.mean(), cv_scores.std()))
    trainer.fit(X_train, y_train)
    print("test AP: %.3f" % trainer.evaluate(X_test, y_test))


if __name__ == "__main__":
    main()
