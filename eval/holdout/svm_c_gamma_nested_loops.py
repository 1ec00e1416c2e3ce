import itertools

import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X, y = make_moons(n_samples=1500, noise=0.3, random_state=0)
X_fit, X_eval, y_fit, y_eval = train_test_split(X, y, test_size=0.33, random_state=0)

Cs = np.logspace(-2, 3, 6)
gammas = np.logspace(-3, 1, 5)
best = (None, None, -np.inf)
for C, gamma in itertools.product(Cs, gammas):
    svm = SVC(C=C, gamma=gamma)
    svm.fit(X_fit, y_fit)
    acc = svm.score(X_eval, y_eval)  # expect: LK301
    if acc > best[2]:
        best = (C, gamma, acc)

print("C=%.3g gamma=%.3g accuracy=%.4f" % best)
