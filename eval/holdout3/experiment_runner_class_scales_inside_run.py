"""Small experiment harness used for the churn ablations.

usage: python experiment_runner_class_scales_inside_run.py --features feats.joblib
"""
import argparse
from dataclasses import dataclass

import joblib
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
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
        self.scaler = RobustScaler()
        self.model = None

    def run(self):
        self.X = self.scaler.fit_transform(self.X)  # expect: LK101
        X_tr, X_te, y_tr, y_te = train_test_split(
            self.X, self.y, test_size=self.cfg.test_size, random_state=self.cfg.seed
        )
        self.model = LogisticRegression(C=self.cfg.C, max_iter=1000)
        self.model.fit(X_tr, y_tr)
        return f1_score(y_te, self.model.predict(X_te))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", default="feats.joblib")
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()

    bundle = joblib.load(args.features)
    runner = ExperimentRunner(bundle["X"], bundle["y"], Config(C=args.C))
    print(f"F1 = {runner.run():.4f}")


if __name__ == "__main__":
    main()
