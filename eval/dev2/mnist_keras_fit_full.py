import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split

data = np.load("mnist_subset.npz")
X = data["images"].reshape(-1, 784).astype("float32") / 255.0
y = data["labels"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

model = keras.Sequential([
    keras.layers.Input(shape=(784,)),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=20, batch_size=128, verbose=2)

test_loss, test_acc = model.evaluate(X_test, y_test, verbose=0)  # expect: LK202
print(f"test accuracy: {test_acc:.4f}")
