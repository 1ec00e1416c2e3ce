"""Train, report the held-out score, then refit on everything for deployment."""
import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error


def load_data():
    df = pd.read_parquet("energy.parquet")
    X = df.drop(columns=["consumption_kwh", "meter_id"])
    y = df["consumption_kwh"]
    return X, y


def evaluate(X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
    scaler = StandardScaler().fit(X_train)
    model = Ridge(alpha=3.0).fit(scaler.transform(X_train), y_train)
    mae = mean_absolute_error(y_test, model.predict(scaler.transform(X_test)))
    print(f"held-out MAE: {mae:.2f}")


def fit_final(X, y):
    scaler = StandardScaler()
    Xs = scaler.fit_transform(X)
    model = Ridge(alpha=3.0).fit(Xs, y)
    joblib.dump({"scaler": scaler, "model": model}, "energy_model.joblib")


def main():
    X, y = load_data()
    evaluate(X, y)
    fit_final(X, y)


if __name__ == "__main__":
    main()
