from sklearn.datasets import load_wine
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

X, y = load_wine(return_X_y=True)
X_other, X_test, y_other, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_other, y_other, test_size=0.25, stratify=y_other, random_state=0)

val_scores = {}
for depth in range(1, 11):
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
    val_scores[depth] = accuracy_score(y_val, tree.predict(X_val))

best_depth = max(val_scores, key=val_scores.get)
final_tree = DecisionTreeClassifier(max_depth=best_depth, random_state=0).fit(X_other, y_other)
print("chosen depth:", best_depth)
print("test accuracy:", accuracy_score(y_test, final_tree.predict(X_test)))
