# Linear regression on the red wine data (numpy only), with a held-out part
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

data = np.loadtxt("winequality-red-with-id.csv", delimiter=",", skiprows=1)

# column 0 is the sample id, the last column is the quality score
X = data[:, 1:-1]
y = data[:, -1]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)
reg = LinearRegression().fit(X_tr, y_tr)
print("train R^2:", reg.score(X_tr, y_tr))
print("test R^2:", reg.score(X_te, y_te))
