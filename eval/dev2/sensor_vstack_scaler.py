import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import r2_score

signals = np.load("sensor_windows.npy")
targets = np.load("sensor_targets.npy")
X = signals.reshape(len(signals), -1)

X_train, X_test, y_train, y_test = train_test_split(X, targets, test_size=0.2, random_state=21)

scaler = StandardScaler()
scaler.fit(np.vstack([X_train, X_test]))  # expect: LK102
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

mlp = MLPRegressor(hidden_layer_sizes=(128, 64), early_stopping=True, max_iter=500, random_state=0)
mlp.fit(X_train, y_train)
print("R2 test:", r2_score(y_test, mlp.predict(X_test)))
