import numpy as np
from tensorflow import keras
from tensorflow.keras.datasets import reuters

(train_data, train_labels), (test_data, test_labels) = reuters.load_data(num_words=10000)


def vectorize_sequences(sequences, dimension=10000):
    results = np.zeros((len(sequences), dimension))
    for i, sequence in enumerate(sequences):
        results[i, sequence] = 1.0
    return results


x_train = vectorize_sequences(train_data)
x_test = vectorize_sequences(test_data)
y_train = keras.utils.to_categorical(train_labels)
y_test = keras.utils.to_categorical(test_labels)

small = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(46, activation="softmax")])
small.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
small.fit(x_train, y_train, epochs=9, batch_size=512)
small_results = small.evaluate(x_test, y_test)

large = keras.Sequential([
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dense(46, activation="softmax"),
])
large.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
large.fit(x_train, y_train, epochs=9, batch_size=512)
large_results = large.evaluate(x_test, y_test)  # expect: LK302

print("small model:", small_results)
print("large model:", large_results)
