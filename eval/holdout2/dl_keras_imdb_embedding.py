# IMDB sentiment with an Embedding + GlobalAveragePooling model
# The test set is passed as validation_data only to draw learning curves:
# the number of epochs is fixed in advance and nothing is selected on it.
import matplotlib.pyplot as plt
from tensorflow import keras
from tensorflow.keras import layers

VOCAB = 10000
MAXLEN = 256

(train_data, train_labels), (test_data, test_labels) = keras.datasets.imdb.load_data(num_words=VOCAB)
train_data = keras.preprocessing.sequence.pad_sequences(train_data, maxlen=MAXLEN, padding="post")
test_data = keras.preprocessing.sequence.pad_sequences(test_data, maxlen=MAXLEN, padding="post")

model = keras.Sequential([
    layers.Embedding(VOCAB, 16),
    layers.GlobalAveragePooling1D(),
    layers.Dense(16, activation="relu"),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])

history = model.fit(train_data, train_labels,
                    epochs=10,
                    batch_size=512,
                    validation_data=(test_data, test_labels),
                    verbose=1)

hist = history.history
epochs = range(1, len(hist["accuracy"]) + 1)
plt.plot(epochs, hist["loss"], "bo", label="Training loss")
plt.plot(epochs, hist["val_loss"], "b", label="Test loss")
plt.legend()
plt.show()

results = model.evaluate(test_data, test_labels, verbose=2)
print(results)
