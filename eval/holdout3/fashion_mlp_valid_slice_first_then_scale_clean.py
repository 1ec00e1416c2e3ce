"""Fashion-style tabular MLP: validation slice first, then scale."""
from sklearn.metrics import accuracy_score
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

from mlutils.data import load_dataset

(X_train_full, y_train_full), (X_test, y_test) = load_dataset("fashion_features")

X_valid, X_train = X_train_full[:5000], X_train_full[5000:]
y_valid, y_train = y_train_full[:5000], y_train_full[5000:]

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_valid = scaler.transform(X_valid)
X_test = scaler.transform(X_test)

mlp = MLPClassifier(hidden_layer_sizes=(300, 100), max_iter=40, random_state=42)
mlp.fit(X_train, y_train)

print("valid acc:", accuracy_score(y_valid, mlp.predict(X_valid)))
print("test acc:", accuracy_score(y_test, mlp.predict(X_test)))
