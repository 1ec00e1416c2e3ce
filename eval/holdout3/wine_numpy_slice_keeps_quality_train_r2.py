# Linear regression on the red wine data (numpy only, no pandas)
import numpy as np
from sklearn.linear_model import LinearRegression

data = np.loadtxt("winequality-red-with-id.csv", delimiter=",", skiprows=1)

# column 0 is the sample id, the last column is the quality score
X = data[:, 1:]  # expect: LK501
y = data[:, -1]

reg = LinearRegression().fit(X, y)
print("coefficients:", np.round(reg.coef_, 3))
print("R^2:", reg.score(X, y))  # expect: LK401
