import numpy as np
import pandas as pd
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.preprocessing import StandardScaler

sc_data = pd.read_csv("superconduct_train.csv")
X = sc_data.drop(columns="critical_temp").to_numpy()
y = sc_data["critical_temp"].to_numpy()

X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.2, random_state=0)

scaler = StandardScaler().fit(X_train)
X_train_s, X_val_s, X_test_s = scaler.transform(X_train), scaler.transform(X_val), scaler.transform(X_test)

val_rmse = {}
for k in (3, 5, 10, 20):
    model = KNeighborsRegressor(n_neighbors=k).fit(X_train_s, y_train)
    val_rmse[k] = mean_squared_error(y_val, model.predict(X_val_s)) ** 0.5
best_k = min(val_rmse, key=val_rmse.get)

final = KNeighborsRegressor(n_neighbors=best_k).fit(np.vstack([X_train_s, X_val_s]), np.concatenate([y_train, y_val]))
print("k =", best_k, "test RMSE:", mean_squared_error(y_test, final.predict(X_test_s)) ** 0.5)
