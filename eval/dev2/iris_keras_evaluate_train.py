import numpy as np
import pandas as pd
from tensorflow import keras
from sklearn.preprocessing import LabelEncoder

iris = pd.read_csv("iris.csv")
X = iris[["sepal_length", "sepal_width", "petal_length", "petal_width"]].values
y = LabelEncoder().fit_transform(iris["species"])

model = keras.Sequential([
    keras.layers.Input(shape=(4,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=200, batch_size=8, verbose=0)

loss, acc = model.evaluate(X, y, verbose=0)  # expect: LK401
print(f"accuracy: {acc:.3f}")
model.save("iris_model.keras")
