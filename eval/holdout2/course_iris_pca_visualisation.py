# Tutorial 7: Dimensionality reduction for visualisation
import matplotlib.pyplot as plt
from sklearn import datasets
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

iris = datasets.load_iris()
X, y = iris.data, iris.target

# Part A: look at the data in two dimensions
X_2d = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
plt.figure(figsize=(6, 5))
for label, name in enumerate(iris.target_names):
    plt.scatter(X_2d[y == label, 0], X_2d[y == label, 1], label=name, alpha=0.8)
plt.xlabel("PC1")
plt.ylabel("PC2")
plt.legend()
plt.title("PCA of the Iris data")
plt.show()

# Part B: a classifier on the original four features
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)
std = StandardScaler()
X_train = std.fit_transform(X_train)
X_test = std.transform(X_test)

clf = LogisticRegression(max_iter=200)
clf.fit(X_train, y_train)
print("test accuracy:", clf.score(X_test, y_test))
