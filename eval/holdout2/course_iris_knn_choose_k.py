# Lab 3 - Choosing k for k-NN with cross-validation
# Exercise 3: use 5-fold cross-validation on the TRAINING set only to pick k,
# then report the accuracy on the test set exactly once.

import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=4
)

ks = list(range(1, 26, 2))
cv_means = []
for k in ks:
    pipe = Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier(n_neighbors=k))])
    scores = cross_val_score(pipe, X_train, y_train, cv=5)
    cv_means.append(scores.mean())
    print(f"k={k:2d}  cv accuracy={scores.mean():.3f}")

plt.plot(ks, cv_means, marker="o")
plt.xlabel("k")
plt.ylabel("5-fold CV accuracy")
plt.show()

best_k = ks[int(np.argmax(cv_means))]
print("best k:", best_k)

final = Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier(n_neighbors=best_k))])
final.fit(X_train, y_train)
print("Test accuracy:", final.score(X_test, y_test))
