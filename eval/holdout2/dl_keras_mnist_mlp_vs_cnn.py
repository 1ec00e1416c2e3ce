# CNN vs. MLP on MNIST - which architecture is better?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.astype("float32")[..., np.newaxis] / 255.0
x_test = x_test.astype("float32")[..., np.newaxis] / 255.0
y_train = keras.utils.to_categorical(y_train, 10)
y_test = keras.utils.to_categorical(y_test, 10)

mlp = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Flatten(),
    layers.Dense(512, activation="relu"),
    layers.Dropout(0.2),
    layers.Dense(10, activation="softmax"),
], name="mlp")

cnn = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
    layers.MaxPooling2D(pool_size=(2, 2)),
    layers.Conv2D(64, kernel_size=(3, 3), activation="relu"),
    layers.MaxPooling2D(pool_size=(2, 2)),
    layers.Flatten(),
    layers.Dropout(0.5),
    layers.Dense(10, activation="softmax"),
], name="cnn")

for m in (mlp, cnn):
    m.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])

mlp.fit(x_train, y_train, batch_size=128, epochs=10, validation_split=0.1)
cnn.fit(x_train, y_train, batch_size=128, epochs=10, validation_split=0.1)

mlp_loss, mlp_acc = mlp.evaluate(x_test, y_test, verbose=0)
cnn_loss, cnn_acc = cnn.evaluate(x_test, y_test, verbose=0)  # expect: LK302
print(f"MLP test accuracy: {mlp_acc:.4f}")
print(f"CNN test accuracy: {cnn_acc:.4f}")
print("Winner:", "CNN" if cnn_acc > mlp_acc else "MLP")
