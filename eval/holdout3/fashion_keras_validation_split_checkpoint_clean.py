# %%
import pickle

from tensorflow import keras

with open("data/fashion_prepped.pkl", "rb") as f:
    (x_train, y_train), (x_test, y_test) = pickle.load(f)

x_train = x_train.astype("float32") / 255.0
x_test = x_test.astype("float32") / 255.0

# %%
model = keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])

callbacks = [
    keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
    keras.callbacks.ModelCheckpoint("best.keras", monitor="val_accuracy", save_best_only=True),
]
history = model.fit(x_train, y_train, epochs=50, batch_size=128,
                    validation_split=0.1, callbacks=callbacks)

# %%
best = keras.models.load_model("best.keras")
test_loss, test_acc = best.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy {test_acc:.4f}")
