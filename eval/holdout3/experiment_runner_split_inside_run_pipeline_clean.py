"""Experiment harness, v2: the split happens first and the scaler lives in a pipeline."""
import argparse
from dataclasses import dataclass

import joblib
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import RobustScaler


@dataclass
class Config:
    test_size: float = 0.2
    seed: int = 13
    C: float = 1.0


class ExperimentRunner:
    def __init__(self, X, y, cfg: Config):
        self.X = X
        self.y = y
        self.cfg = cfg
        self.pipe = Pipeline([
            ("scale", RobustScaler()),
            ("clf", LogisticRegression(C=cfg.C, max_iter=1000)),
        ])

    def run(self):
        X_tr, X_te, y_tr, y_te = train_test_split(
            self.X, self.y, test_size=self.cfg.test_size, random_state=self.cfg.seed
        )
        self.pipe.fit(X_tr, y_tr)
        return f1_score(y_te, self.pipe.predict(X_te))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", default="feats.joblib")
    args = parser.parse_args()
    bundle = joblib.load(args.features)
    print(f"F1 = {ExperimentRunner(bundle['X'], bundle['y'], Config()).run():.4f}")


if __name__ == "__main__":
    main()
