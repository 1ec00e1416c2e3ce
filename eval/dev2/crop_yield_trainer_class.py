import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_squared_error

FEATS = ["rainfall_mm", "avg_temp", "fertilizer_kg", "soil_ph", "pesticide_kg"]


class Trainer:
    def __init__(self, **params):
        self.model = xgb.XGBRegressor(**params)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def evaluate(self, X, y):
        return mean_squared_error(y, self.model.predict(X)) ** 0.5  # expect: LK401

    def save(self, path):
        self.model.save_model(path)


def main():
    df = pd.read_csv("crop_yield.csv").dropna(subset=FEATS + ["yield_t_ha"])
    X = df[FEATS]
    y = df["yield_t_ha"]
    trainer = Trainer(n_estimators=600, max_depth=5, learning_rate=0.05).fit(X, y)
    rmse = trainer.evaluate(X, y)
    print(f"RMSE: {rmse:.3f} t/ha")
    trainer.save("yield_model.json")


if __name__ == "__main__":
    main()
