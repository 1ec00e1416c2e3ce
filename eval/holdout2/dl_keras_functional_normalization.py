# Auto MPG regression with a Keras Normalization layer (functional API)
import pandas as pd
import tensorflow as tf
from tensorflow import keras

column_names = ["MPG", "Cylinders", "Displacement", "Horsepower", "Weight",
                "Acceleration", "Model Year", "Origin"]
raw = pd.read_csv("auto-mpg.data", names=column_names, na_values="?", comment="\t",
                  sep=" ", skipinitialspace=True)
dataset = raw.dropna().copy()
dataset["Origin"] = dataset["Origin"].map({1: "USA", 2: "Europe", 3: "Japan"})
dataset = pd.get_dummies(dataset, columns=["Origin"], prefix="", prefix_sep="", dtype=float)

train_dataset = dataset.sample(frac=0.8, random_state=0)
test_dataset = dataset.drop(train_dataset.index)

train_features = train_dataset.copy()
test_features = test_dataset.copy()
train_labels = train_features.pop("MPG")
test_labels = test_features.pop("MPG")

# the normalization layer learns mean and variance from the training features only
normalizer = keras.layers.Normalization(axis=-1)
normalizer.adapt(train_features.to_numpy(dtype="float32"))

inputs = keras.Input(shape=(train_features.shape[1],))
x = normalizer(inputs)
x = keras.layers.Dense(64, activation="relu")(x)
x = keras.layers.Dense(64, activation="relu")(x)
outputs = keras.layers.Dense(1)(x)
dnn_model = keras.Model(inputs=inputs, outputs=outputs)
dnn_model.compile(loss="mean_absolute_error", optimizer=tf.keras.optimizers.Adam(0.001))

history = dnn_model.fit(train_features.to_numpy(dtype="float32"), train_labels,
                        validation_split=0.2, epochs=100, verbose=0)
print("final val loss:", history.history["val_loss"][-1])

test_mae = dnn_model.evaluate(test_features.to_numpy(dtype="float32"), test_labels, verbose=0)
print("Test MAE: %.2f MPG" % test_mae)
