"""Gene-expression subtype classifier: feature selection tuned inside CV."""
import logging
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import balanced_accuracy_score, classification_report

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("subtypes")

CONFIG = {"expr": "data/expression_log2.tsv", "meta": "data/samples.tsv", "seed": 8}


def main(cfg=CONFIG):
    expr = pd.read_csv(cfg["expr"], sep="\t", index_col=0).T
    meta = pd.read_csv(cfg["meta"], sep="\t", index_col=0)
    y = meta.loc[expr.index, "subtype"].to_numpy()
    X = expr.to_numpy()
    logger.info("%d samples x %d genes", *X.shape)

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=cfg["seed"])

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif)),
        ("clf", LogisticRegression(penalty="l2", max_iter=5000)),
    ])
    grid = {"select__k": [50, 100, 500, 1000], "clf__C": [0.01, 0.1, 1.0]}
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=cfg["seed"])
    search = GridSearchCV(pipe, grid, cv=cv, scoring="balanced_accuracy", n_jobs=-1)
    search.fit(X_train, y_train)
    logger.info("best params %s (CV bAcc %.3f)", search.best_params_, search.best_score_)

    y_pred = search.predict(X_test)
    logger.info("test bAcc %.3f", balanced_accuracy_score(y_test, y_pred))
    print(classification_report(y_test, y_pred))


if __name__ == "__main__":
    main()
