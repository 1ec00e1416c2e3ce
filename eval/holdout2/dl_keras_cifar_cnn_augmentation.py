# CIFAR-10 CNN with on-the-fly data augmentation of the training images
import numpy as np
from tensorflow import keras
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from sklearn.model_selection import train_test_split

(x_train_full, y_train_full), (x_test, y_test) = keras.datasets.cifar10.load_data()
x_train_full = x_train_full.astype("float32") / 255.0
x_test = x_test.astype("float32") / 255.0

# carve a validation set out of the training images
x_train, x_val, y_train, y_val = train_test_split(x_train_full, y_train_full, test_size=0.1, random_state=0)

datagen = ImageDataGenerator(rotation_range=15, width_shift_range=0.1,
                             height_shift_range=0.1, horizontal_flip=True)
datagen.fit(x_train)

model = keras.Sequential([
    keras.layers.Conv2D(32, 3, padding="same", activation="relu", input_shape=(32, 32, 3)),
    keras.layers.BatchNormalization(),
    keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Conv2D(64, 3, padding="same", activation="relu"),
    keras.layers.BatchNormalization(),
    keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])

cbs = [
    keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=3),
    keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=8, restore_best_weights=True),
]
model.fit(datagen.flow(x_train, y_train, batch_size=64),
          epochs=80,
          validation_data=(x_val, y_val),
          callbacks=cbs)

test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
print("test accuracy: %.4f" % test_acc)
print("per-class accuracy:")
pred = np.argmax(model.predict(x_test), axis=1)
for c in range(10):
    mask = y_test.ravel() == c
    print(c, round(float((pred[mask] == c).mean()), 3))
