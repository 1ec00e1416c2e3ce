import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

data = np.loadtxt("pima.csv", delimiter=",", skiprows=1)
X, y = data[:, :8], data[:, 8]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)
scaler = StandardScaler().fit(X_train)
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)


def build_small():
    m = keras.Sequential([
        keras.layers.Input(shape=(8,)),
        keras.layers.Dense(12, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    m.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return m


def build_deep():
    m = keras.Sequential([
        keras.layers.Input(shape=(8,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    m.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return m


small = build_small()
small.fit(X_train, y_train, epochs=150, batch_size=16, verbose=0)
deep = build_deep()
deep.fit(X_train, y_train, epochs=150, batch_size=16, verbose=0)

print("small net:", small.evaluate(X_test, y_test, verbose=0))
print("deep net: ", deep.evaluate(X_test, y_test, verbose=0))  # expect: LK302
