import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error


def load_data():
    red = pd.read_csv("winequality-red.csv", sep=";")
    return red.drop(columns=["quality"]), red["quality"]


def train(model, X, y):
    return model.fit(X, y)


def evaluate(model, X, y):
    pred = model.predict(X)
    return {"rmse": np.sqrt(mean_squared_error(y, pred)), "mae": mean_absolute_error(y, pred)}


def main():
    X, y = load_data()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    lin = train(LinearRegression(), X_train, y_train)
    rf = train(RandomForestRegressor(n_estimators=400, random_state=42), X_train, y_train)
    gb = train(GradientBoostingRegressor(random_state=42), X_train, y_train)
    print("linear  ", evaluate(lin, X_test, y_test))
    print("forest  ", evaluate(rf, X_test, y_test))  # expect: LK302
    print("boosting", evaluate(gb, X_test, y_test))  # related: LK302


if __name__ == "__main__":
    main()
