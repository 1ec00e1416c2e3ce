import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_absolute_error

data = np.loadtxt("energy_efficiency.csv", delimiter=",", skiprows=1)
X, y = data[:, :8], data[:, 8]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)

# Fit the scaler on every row so that the [0, 1] range covers the test set too
scaler = MinMaxScaler()
scaler.fit(np.vstack([X_train, X_test]))  # expect: LK102
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

mlp = MLPRegressor(hidden_layer_sizes=(64, 32), max_iter=3000, random_state=5)
mlp.fit(X_train, y_train)
print("MAE heating load: %.3f" % mean_absolute_error(y_test, mlp.predict(X_test)))
