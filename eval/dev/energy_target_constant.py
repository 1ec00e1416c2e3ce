from __future__ import annotations

import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

TARGET = "Appliances"
DROP = ["date", "rv1", "rv2"]


def load(path: str = "energydata_complete.csv") -> tuple[pd.DataFrame, pd.Series]:
    df = pd.read_csv(path, parse_dates=["date"])
    df["hour"] = df["date"].dt.hour
    X = df.drop(columns=[TARGET, *DROP])
    y = df[TARGET]
    return X, y


if __name__ == "__main__":
    X, y = load()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
    gbr = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8)
    gbr.fit(X_train, y_train)
    print("R2:", r2_score(y_test, gbr.predict(X_test)))
