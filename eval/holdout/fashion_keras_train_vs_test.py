from tensorflow import keras

(x_tr, y_tr), (x_te, y_te) = keras.datasets.fashion_mnist.load_data()
x_tr, x_te = x_tr / 255.0, x_te / 255.0

clf = keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(300, activation="relu"),
    keras.layers.Dense(100, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
clf.compile(loss="sparse_categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])
clf.fit(x_tr, y_tr, epochs=20, batch_size=64)

train_loss, train_acc = clf.evaluate(x_tr, y_tr, verbose=0)
test_loss, test_acc = clf.evaluate(x_te, y_te, verbose=0)
print(f"train accuracy {train_acc:.4f} | test accuracy {test_acc:.4f} | gap {train_acc - test_acc:.4f}")
