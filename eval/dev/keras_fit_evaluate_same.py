import pandas as pd
from tensorflow import keras

pima = pd.read_csv("pima-indians-diabetes.csv", header=None)
dataset = pima.values
X = dataset[:, 0:8]
y = dataset[:, 8]

model = keras.Sequential([
    keras.layers.Dense(12, input_shape=(8,), activation="relu"),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X, y, epochs=150, batch_size=10, verbose=0)

_, accuracy = model.evaluate(X, y)  # expect: LK401
print("Accuracy: %.2f" % (accuracy * 100))

predictions = (model.predict(X) > 0.5).astype(int)
for i in range(5):
    print("%s => %d (expected %d)" % (X[i].tolist(), predictions[i], y[i]))
