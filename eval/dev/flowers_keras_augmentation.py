"""Flower photos: CNN with on-the-fly augmentation of the training images only."""
import tensorflow as tf
from tensorflow.keras import layers

IMG = (180, 180)
train_ds = tf.keras.utils.image_dataset_from_directory(
    "flower_photos", validation_split=0.2, subset="training", seed=123, image_size=IMG, batch_size=32)
val_ds = tf.keras.utils.image_dataset_from_directory(
    "flower_photos", validation_split=0.2, subset="validation", seed=123, image_size=IMG, batch_size=32)
test_ds = tf.keras.utils.image_dataset_from_directory("flower_photos_test", image_size=IMG, batch_size=32)

augment = tf.keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(0.1),
    layers.RandomZoom(0.1),
])

model = tf.keras.Sequential([
    layers.Input(shape=IMG + (3,)),
    augment,
    layers.Rescaling(1.0 / 255),
    layers.Conv2D(16, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(32, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(),
    layers.Dropout(0.2),
    layers.Flatten(),
    layers.Dense(128, activation="relu"),
    layers.Dense(5),
])
model.compile(optimizer="adam",
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])

stop = tf.keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=5, restore_best_weights=True)
model.fit(train_ds, validation_data=val_ds, epochs=40, callbacks=[stop])
loss, acc = model.evaluate(test_ds)
print("test accuracy:", acc)
