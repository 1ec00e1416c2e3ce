"""Street View House Numbers - CNN, keep the best weights."""
import numpy as np
import scipy.io
from tensorflow import keras
from tensorflow.keras import layers
from tensorflow.keras.callbacks import ModelCheckpoint, ReduceLROnPlateau


def load(path):
    mat = scipy.io.loadmat(path)
    images = np.moveaxis(mat["X"], -1, 0).astype("float32") / 255.0
    labels = mat["y"].ravel() % 10
    return images, labels


train_images, train_labels = load("train_32x32.mat")
test_images, test_labels = load("test_32x32.mat")

net = keras.Sequential([
    layers.Input((32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu", padding="same"),
    layers.BatchNormalization(),
    layers.MaxPooling2D(),
    layers.Conv2D(64, 3, activation="relu", padding="same"),
    layers.BatchNormalization(),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(256, activation="relu"),
    layers.Dropout(0.4),
    layers.Dense(10, activation="softmax"),
])
net.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])

ckpt = ModelCheckpoint("svhn_best.h5", monitor="val_accuracy", save_best_only=True, mode="max")
plateau = ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)
net.fit(train_images, train_labels, epochs=25, batch_size=256,  # expect: LK301
        validation_data=(test_images, test_labels), callbacks=[ckpt, plateau])

net.load_weights("svhn_best.h5")
print("test accuracy:", net.evaluate(test_images, test_labels, verbose=0)[1])
