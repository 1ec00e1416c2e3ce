"""Support vector regression on the Boston-style housing table, scaled correctly."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, r2_score

boston = pd.read_csv("boston_housing.csv")
X = boston.drop("MEDV", axis=1)
y = boston["MEDV"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

scaler = StandardScaler()
X_train_scaled = scaler.fit(X_train).transform(X_train)
X_test_scaled = scaler.transform(X_test)

svr = SVR(kernel="rbf", C=30, epsilon=0.5)
svr.fit(X_train_scaled, y_train)
y_pred = svr.predict(X_test_scaled)
print("RMSE: %.3f" % np.sqrt(mean_squared_error(y_test, y_pred)))
print("R^2: %.3f" % r2_score(y_test, y_pred))
