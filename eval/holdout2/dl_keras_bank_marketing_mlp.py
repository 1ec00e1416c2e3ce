# Keras MLP for the Bank Marketing data with early stopping
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

tf.random.set_seed(42)

df = pd.read_csv("bank-full.csv", sep=";")
df["y"] = (df["y"] == "yes").astype("int32")
df = pd.get_dummies(df, drop_first=True, dtype="float32")

X = df.drop(columns=["y"]).values
y = df["y"].values
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

model = keras.Sequential([
    layers.Input(shape=(X_train.shape[1],)),
    layers.Dense(128, activation="relu"),
    layers.Dropout(0.3),
    layers.Dense(64, activation="relu"),
    layers.Dropout(0.3),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3),
              loss="binary_crossentropy",
              metrics=["accuracy", keras.metrics.AUC(name="auc")])
model.summary()

early_stop = keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=10, restore_best_weights=True)
history = model.fit(X_train, y_train,  # expect: LK301
                    validation_data=(X_test, y_test),
                    epochs=200,
                    batch_size=256,
                    callbacks=[early_stop],
                    verbose=2)

loss, acc, auc = model.evaluate(X_test, y_test, verbose=0)
print(f"Test accuracy: {acc:.4f}  Test AUC: {auc:.4f}")
print("stopped at epoch", len(history.history["loss"]))
