import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

FEATS = ["rainfall_mm", "avg_temp", "fertilizer_kg", "soil_ph", "pesticide_kg"]


class Trainer:
    def __init__(self, **params):
        self.model = xgb.XGBRegressor(**params)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def evaluate(self, X, y):
        return mean_squared_error(y, self.model.predict(X)) ** 0.5


def main():
    df = pd.read_csv("crop_yield.csv").dropna(subset=FEATS + ["yield_t_ha"])
    X_train, X_test, y_train, y_test = train_test_split(
        df[FEATS], df["yield_t_ha"], test_size=0.2, random_state=3
    )
    trainer = Trainer(n_estimators=600, max_depth=5, learning_rate=0.05).fit(X_train, y_train)
    print(f"train RMSE: {trainer.evaluate(X_train, y_train):.3f}")
    print(f"test RMSE:  {trainer.evaluate(X_test, y_test):.3f}")


if __name__ == "__main__":
    main()
