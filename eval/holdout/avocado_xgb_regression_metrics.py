import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

avocado = pd.read_csv("avocado.csv", parse_dates=["Date"])
avocado["month"] = avocado["Date"].dt.month
avocado["week"] = avocado["Date"].dt.isocalendar().week.astype(int)
avocado = pd.get_dummies(avocado.drop(columns=["Unnamed: 0", "Date"]), columns=["type", "region"])

X, y = avocado.drop(columns="AveragePrice"), avocado["AveragePrice"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=11)

xgbr = XGBRegressor(n_estimators=700, max_depth=6, learning_rate=0.05, subsample=0.8)
xgbr.fit(X_train, y_train)
pred = xgbr.predict(X_test)
print("MAE :", mean_absolute_error(y_test, pred))
print("RMSE:", np.sqrt(mean_squared_error(y_test, pred)))
print("MAPE:", mean_absolute_percentage_error(y_test, pred))
print("R2  :", r2_score(y_test, pred))
