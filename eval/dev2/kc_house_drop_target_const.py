"""King County house sales: log-price regression with gradient boosting.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "price"
DROP = ["id", "date", TARGET]

df = pd.read_csv("kc_house_data.csv", parse_dates=["date"])
df["house_age"] = df["date"].dt.year - df["yr_built"]

X = df.drop(columns=DROP)
y = np.log1p(df[TARGET])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05)
gbr.fit(X_train, y_train)
print("MAE ($):", mean_absolute_error(np.expm1(y_test), np.expm1(gbr.predict(X_test))))
