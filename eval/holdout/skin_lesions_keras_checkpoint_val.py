import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

images = np.load("ham10000_64px_images.npy").astype("float32") / 255.0
labels = np.load("ham10000_labels.npy")

x_rest, x_test, y_rest, y_test = train_test_split(images, labels, test_size=0.15, stratify=labels, random_state=0)
x_train, x_val, y_train, y_val = train_test_split(x_rest, y_rest, test_size=0.15, stratify=y_rest, random_state=0)

inputs = keras.Input(shape=(64, 64, 3))
h = keras.layers.Conv2D(32, 3, activation="relu")(inputs)
h = keras.layers.MaxPooling2D()(h)
h = keras.layers.Conv2D(64, 3, activation="relu")(h)
h = keras.layers.GlobalAveragePooling2D()(h)
outputs = keras.layers.Dense(7, activation="softmax")(h)
cnn = keras.Model(inputs, outputs)
cnn.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])

callbacks = [
    keras.callbacks.ModelCheckpoint("lesions_best.keras", monitor="val_loss", save_best_only=True),
    keras.callbacks.EarlyStopping(monitor="val_loss", patience=6),
]
cnn.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=60, batch_size=64, callbacks=callbacks)

best = keras.models.load_model("lesions_best.keras")
print("test accuracy:", best.evaluate(x_test, y_test, verbose=0)[1])
