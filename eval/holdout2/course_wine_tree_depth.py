# Machine Learning 101 - Assignment 2: Decision trees
# Exercise 3: find the best max_depth for a decision tree on the wine data.

from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, plot_tree
from sklearn.metrics import accuracy_score
import matplotlib.pyplot as plt

wine = load_wine()
X_train, X_test, y_train, y_test = train_test_split(
    wine.data, wine.target, test_size=0.25, random_state=0)

print("Training samples:", X_train.shape[0])
print("Test samples:", X_test.shape[0])

# Exercise 3a: try depths from 1 to 10
best_depth, best_acc = None, 0.0
accuracies = []
for depth in range(1, 11):
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0)
    tree.fit(X_train, y_train)
    acc = accuracy_score(y_test, tree.predict(X_test))  # expect: LK301
    accuracies.append(acc)
    if acc > best_acc:
        best_acc, best_depth = acc, depth

# Exercise 3b: plot accuracy against depth
plt.plot(range(1, 11), accuracies, "o-")
plt.xlabel("max_depth")
plt.ylabel("accuracy")
plt.show()

print(f"Best depth: {best_depth} with accuracy {best_acc:.3f}")

# Exercise 3c: draw the chosen tree
final_tree = DecisionTreeClassifier(max_depth=best_depth, random_state=0).fit(X_train, y_train)
plt.figure(figsize=(16, 8))
plot_tree(final_tree, feature_names=wine.feature_names, class_names=list(wine.target_names), filled=True)
plt.show()
