"""Combined-cycle power plant output regression, organised as a small trainer class."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler


@dataclass
class Config:
    path: str = "Folds5x2_pp.csv"
    target: str = "PE"
    test_size: float = 0.2
    seed: int = 0
    hidden: tuple = (64, 64)


@dataclass
class Trainer:
    cfg: Config
    scaler: StandardScaler = field(default_factory=StandardScaler)
    model: MLPRegressor | None = None

    def load(self) -> tuple[pd.DataFrame, pd.Series]:
        df = pd.read_csv(self.cfg.path)
        return df.drop(columns=[self.cfg.target]), df[self.cfg.target]

    def fit(self, X_train: pd.DataFrame, y_train: pd.Series) -> None:
        Z = self.scaler.fit_transform(X_train)
        self.model = MLPRegressor(hidden_layer_sizes=self.cfg.hidden, max_iter=2000, random_state=self.cfg.seed)
        self.model.fit(Z, y_train)

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.model.predict(self.scaler.transform(X))


def main() -> None:
    cfg = Config()
    trainer = Trainer(cfg)
    X, y = trainer.load()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=cfg.test_size, random_state=cfg.seed)
    trainer.fit(X_train, y_train)
    print("MAE (MW):", mean_absolute_error(y_test, trainer.predict(X_test)))


if __name__ == "__main__":
    main()
