"""Small Trainer wrapper around an MLP for the digits data."""
import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, f1_score


class Trainer:
    def __init__(self, model):
        self.model = model
        self.scaler = MinMaxScaler()

    def fit(self, X, y):
        Xs = self.scaler.fit_transform(X)
        self.model.fit(Xs, y)
        return self

    def evaluate(self, X, y):
        Xs = self.scaler.fit_transform(X)  # expect: LK103
        pred = self.model.predict(Xs)
        return {"acc": accuracy_score(y, pred), "f1": f1_score(y, pred, average="macro")}


def load_data():
    arr = np.loadtxt("digits.csv", delimiter=",")
    return arr[:, :-1], arr[:, -1].astype(int)


def main():
    X, y = load_data()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
    trainer = Trainer(MLPClassifier(hidden_layer_sizes=(64,), max_iter=400, random_state=1))
    trainer.fit(X_train, y_train)
    metrics = trainer.evaluate(X_test, y_test)
    print(metrics)


if __name__ == "__main__":
    main()
