import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split

images = np.load("xray_images.npy").astype("float32") / 255.0  # (n, 128, 128, 1)
labels = np.load("xray_labels.npy")


def augment(batch):
    flipped = batch[:, :, ::-1, :]
    shifted = np.roll(batch, shift=4, axis=1)
    return np.concatenate([flipped, shifted])  # expect: LK201


X_all = np.concatenate([images, augment(images)])
y_all = np.concatenate([labels, labels, labels])
X_train, X_test, y_train, y_test = train_test_split(X_all, y_all, test_size=0.2, random_state=0)

model = keras.Sequential([
    keras.layers.Input(shape=(128, 128, 1)),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Conv2D(64, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=15, batch_size=64, validation_split=0.1,
          callbacks=[keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)])
loss, acc = model.evaluate(X_test, y_test)
print("test accuracy", acc)
