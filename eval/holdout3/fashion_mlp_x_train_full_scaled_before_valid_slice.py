"""Fashion-style tabular MLP, following the "hands-on" book layout.

The loader lives in our own package and returns the full training set and
a separate test set.
"""
import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score

from mlutils.data import load_dataset

(X_train_full, y_train_full), (X_test, y_test) = load_dataset("fashion_features")
print(X_train_full.shape, X_test.shape)

# scale everything once so the network converges faster
scaler = StandardScaler()
X_train_full = scaler.fit_transform(X_train_full)  # expect: LK101
X_test = scaler.transform(X_test)

# carve the validation set out of the full training set
X_valid, X_train = X_train_full[:5000], X_train_full[5000:]
y_valid, y_train = y_train_full[:5000], y_train_full[5000:]

mlp = MLPClassifier(hidden_layer_sizes=(300, 100), max_iter=40, random_state=42)
mlp.fit(X_train, y_train)

print("valid acc:", accuracy_score(y_valid, mlp.predict(X_valid)))
print("test acc:", accuracy_score(y_test, mlp.predict(X_test)))
