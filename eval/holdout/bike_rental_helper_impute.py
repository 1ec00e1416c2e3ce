from __future__ import annotations

import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split


def impute_from(reference: pd.DataFrame, *frames: pd.DataFrame) -> list[pd.DataFrame]:
    """Fill gaps in every frame with the means of the reference (training) frame."""
    means = reference.mean(numeric_only=True)
    return [f.fillna(means) for f in frames]


rentals = pd.read_csv("seoul_bike_data.csv", encoding="latin-1")
rentals["Hour"] = rentals["Hour"].astype(int)
X = pd.get_dummies(rentals.drop(columns=["Date", "Rented Bike Count"]), drop_first=True)
y = rentals["Rented Bike Count"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=13)
X_train, X_test = impute_from(X_train, X_train, X_test)

gbr = GradientBoostingRegressor(n_estimators=600, max_depth=5, learning_rate=0.05, random_state=13)
gbr.fit(X_train, y_train)
print("MAE bikes/hour:", mean_absolute_error(y_test, gbr.predict(X_test)))
