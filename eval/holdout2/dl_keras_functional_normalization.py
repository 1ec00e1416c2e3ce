# Energy efficiency (heating load) with a Keras Normalization layer, functional API
import pandas as pd
import tensorflow as tf
from tensorflow import keras

bld = pd.read_excel("ENB2012_data.xlsx")
bld.columns = ["compactness", "surface", "wall", "roof", "height", "orientation",
               "glazing", "glazing_dist", "heating", "cooling"]
bld = pd.get_dummies(bld, columns=["orientation", "glazing_dist"], dtype=float)

fit_rows = bld.sample(frac=0.8, random_state=4)
eval_rows = bld.drop(fit_rows.index)

fit_x = fit_rows.drop(columns=["heating", "cooling"]).to_numpy(dtype="float32")
eval_x = eval_rows.drop(columns=["heating", "cooling"]).to_numpy(dtype="float32")
fit_y = fit_rows["heating"].to_numpy(dtype="float32")
eval_y = eval_rows["heating"].to_numpy(dtype="float32")

# the layer learns mean and variance from the fitting rows only
norm = keras.layers.Normalization(axis=-1)
norm.adapt(fit_x)

inp = keras.Input(shape=(fit_x.shape[1],))
z = norm(inp)
z = keras.layers.Dense(64, activation="relu")(z)
z = keras.layers.Dense(32, activation="relu")(z)
out = keras.layers.Dense(1)(z)
reg = keras.Model(inp, out)
reg.compile(optimizer=tf.keras.optimizers.Adam(2e-3), loss="mae")

hist = reg.fit(fit_x, fit_y, validation_split=0.2, epochs=150, batch_size=32, verbose=0)
print("last validation MAE: %.3f" % hist.history["val_loss"][-1])
print("held-out MAE: %.3f" % reg.evaluate(eval_x, eval_y, verbose=0))
