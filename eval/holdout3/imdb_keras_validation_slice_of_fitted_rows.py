"""IMDB sentiment with a dense network on multi-hot vectors (DLwP chapter 4 style)."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

from nlp_utils.data import load_imdb_arrays


def vectorize_sequences(sequences, dimension=10000):
    results = np.zeros((len(sequences), dimension))
    for i, seq in enumerate(sequences):
        results[i, seq] = 1.0
    return results


(train_seqs, y_train), (test_seqs, y_test) = load_imdb_arrays(num_words=10000)
x_train = vectorize_sequences(train_seqs)
x_test = vectorize_sequences(test_seqs)
y_train = np.asarray(y_train).astype("float32")
y_test = np.asarray(y_test).astype("float32")

# set aside a validation set
x_val, y_val = x_train[:10000], y_train[:10000]

model = keras.Sequential([
    layers.Dense(16, activation="relu"),
    layers.Dense(16, activation="relu"),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=4, batch_size=512)

val_loss, val_acc = model.evaluate(x_val, y_val)  # expect: LK202
test_loss, test_acc = model.evaluate(x_test, y_test)
print(f"val acc {val_acc:.3f}  test acc {test_acc:.3f}")
