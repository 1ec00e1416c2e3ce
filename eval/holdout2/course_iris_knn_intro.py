"""
CS 4780 - Homework 1, Exercise 2
k-nearest neighbours on the Iris data set.

Fill in the TODOs below. Report the accuracy you obtain for k = 5.
"""
import numpy as np
import matplotlib.pyplot as plt
from sklearn import datasets
from sklearn.neighbors import KNeighborsClassifier

# Exercise 2.1: load the data
iris = datasets.load_iris()
X = iris.data
y = iris.target
print("Feature names:", iris.feature_names)
print("Classes:", iris.target_names)
print("X shape:", X.shape)

# Exercise 2.2: visualise two of the features
plt.scatter(X[:, 2], X[:, 3], c=y, cmap="viridis", edgecolor="k")
plt.xlabel(iris.feature_names[2])
plt.ylabel(iris.feature_names[3])
plt.title("Iris: petal length vs petal width")
plt.show()

# Exercise 2.3: train a k-NN classifier with k = 5
knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X, y)

# Exercise 2.4: how accurate is the classifier?
accuracy = knn.score(X, y)  # expect: LK401
print("Accuracy with k=5: {:.3f}".format(accuracy))

# Exercise 2.5: predict the class of a new flower
new_flower = np.array([[5.0, 3.4, 1.6, 0.4]])
print("Prediction:", iris.target_names[knn.predict(new_flower)[0]])
