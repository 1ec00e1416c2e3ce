"""Intro to regression, week 2: fit a line through the Boston housing data."""
import matplotlib.pyplot as plt
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score

boston = pd.read_csv("BostonHousing.csv")
X = boston[["rm", "lstat", "ptratio"]]
y = boston["medv"]

lm = LinearRegression()
lm.fit(X, y)
predictions = lm.predict(X)

print("intercept:", lm.intercept_)
print(pd.DataFrame(lm.coef_, X.columns, columns=["Coefficient"]))
print("R^2:", r2_score(y, predictions))  # expect: LK401
print("MSE:", mean_squared_error(y, predictions))  # related: LK401

plt.scatter(y, predictions)
plt.xlabel("Actual MEDV")
plt.ylabel("Predicted MEDV")
plt.savefig("fit.png")
