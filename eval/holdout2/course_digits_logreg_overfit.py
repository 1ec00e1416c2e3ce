# Exercise 3 - Is the model over-fitting?
# Compare training accuracy with test accuracy for a regularised logistic regression
# by printing the training score and the test score side by side.
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import accuracy_score

digits = load_digits()
X_tr, X_te, y_tr, y_te = train_test_split(digits.data, digits.target, test_size=0.25, random_state=0)

mm = MinMaxScaler()
X_tr = mm.fit_transform(X_tr)
X_te = mm.transform(X_te)

clf = LogisticRegression(C=1.0, max_iter=3000)
clf.fit(X_tr, y_tr)

train_acc = accuracy_score(y_tr, clf.predict(X_tr))
test_acc = accuracy_score(y_te, clf.predict(X_te))
print("train accuracy = %.3f" % train_acc)
print("test accuracy  = %.3f" % test_acc)
print("gap            = %.3f" % (train_acc - test_acc))

# Question: which digits are confused most often?
wrong = np.flatnonzero(clf.predict(X_te) != y_te)
print("misclassified:", len(wrong), "of", len(y_te))
for i in wrong[:10]:
    print(f"true {y_te[i]} predicted {clf.predict(X_te[i:i + 1])[0]}")
