import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score


def load_data(path="used_cars.csv"):
    df = pd.read_csv(path)
    df["age"] = 2024 - df["year"]
    df = pd.get_dummies(df, columns=["fuel", "transmission"], drop_first=True)
    y = df["price"]
    X = df.drop(columns=["price", "year", "model_name"])
    return X, y


def train(model, X, y):
    model.fit(X, y)
    return model


def main():
    X, y = load_data()
    model = train(RandomForestRegressor(n_estimators=300, random_state=0), X, y)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
    pred = model.predict(X_test)
    print("MAE", mean_absolute_error(y_test, pred))  # expect: LK202
    print("R2", r2_score(y_test, pred))  # related: LK202


if __name__ == "__main__":
    main()
