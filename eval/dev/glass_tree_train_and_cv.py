"""Glass identification: decision tree depth study."""
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.tree import DecisionTreeClassifier

glass = pd.read_csv("glass.csv")
X = glass.drop(columns=["Type"])
y = glass["Type"]

tree = DecisionTreeClassifier(max_depth=5, random_state=0)
cv_acc = cross_val_score(tree, X, y, cv=5)

tree.fit(X, y)
print(f"training accuracy:  {tree.score(X, y):.3f}")
print(f"5-fold CV accuracy: {cv_acc.mean():.3f}")
print("depth:", tree.get_depth(), "leaves:", tree.get_n_leaves())
