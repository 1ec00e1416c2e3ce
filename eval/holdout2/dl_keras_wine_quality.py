# Wine quality (red) - neural network classifier with tf.keras
import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

wine = pd.read_csv("winequality-red.csv", sep=";")
wine["good"] = (wine["quality"] >= 7).astype(int)
print(wine["good"].value_counts())

X = wine.drop(columns=["quality", "good"]).to_numpy(dtype="float32")
y = wine["good"].to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3, stratify=y)

sc_train = StandardScaler()
X_train_s = sc_train.fit_transform(X_train)
sc_test = StandardScaler()
X_test_s = sc_test.fit_transform(X_test)  # expect: LK103

inputs = tf.keras.Input(shape=(X_train_s.shape[1],))
h = tf.keras.layers.Dense(32, activation="relu")(inputs)
h = tf.keras.layers.Dense(16, activation="relu")(h)
outputs = tf.keras.layers.Dense(1, activation="sigmoid")(h)
net = tf.keras.Model(inputs, outputs)
net.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", tf.keras.metrics.Recall()])

net.fit(X_train_s, y_train, epochs=60, batch_size=32, verbose=0)
print(dict(zip(net.metrics_names, net.evaluate(X_test_s, y_test, verbose=0))))
