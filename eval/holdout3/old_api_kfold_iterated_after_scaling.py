# Lab 4 - support vector machines (written for scikit-learn 0.17)
import numpy as np
from sklearn.cross_validation import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

rs = np.random.RandomState(1)
X = rs.rand(800, 6) * [1, 10, 100, 1, 5, 50]
y = (X[:, 0] * 3 + X[:, 1] / 10 - X[:, 4] / 5 + rs.randn(800) * 0.2 > 1.5).astype(int)

X = StandardScaler().fit_transform(X)

scores = []
for train_index, test_index in KFold(len(y), n_folds=5, shuffle=True, random_state=0):  # expect: LK104
    clf = SVC(C=1.0, kernel="rbf").fit(X[train_index], y[train_index])
    scores.append(clf.score(X[test_index], y[test_index]))

print("mean CV accuracy: %.3f +/- %.3f" % (np.mean(scores), np.std(scores)))
