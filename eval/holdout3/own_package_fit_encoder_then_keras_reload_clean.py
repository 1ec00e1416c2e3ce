"""Train a small Keras model on encoded features, save it, reload it and score the test file."""
import numpy as np
from tensorflow import keras

from featlib.io import read_partition
from featlib.transforms import fit_encoder

CATS = ["plan", "device", "country"]
NUMS = ["sessions", "minutes", "days_active"]

train_df = read_partition("train")
test_df = read_partition("test")

enc = fit_encoder(train_df[CATS + NUMS])
X_tr = enc.transform(train_df[CATS + NUMS]).astype("float32")
X_te = enc.transform(test_df[CATS + NUMS]).astype("float32")
y_tr = train_df["upgraded"].to_numpy()
y_te = test_df["upgraded"].to_numpy()

model = keras.Sequential([
    keras.layers.Input(shape=(X_tr.shape[1],)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
model.fit(X_tr, y_tr, epochs=10, batch_size=256, validation_split=0.1, verbose=2)
model.save("upgrade_model.keras")

reloaded = keras.models.load_model("upgrade_model.keras")
loss, auc = reloaded.evaluate(X_te, y_te, verbose=0)
print("test AUC:", np.round(auc, 4))
