"""NIR spectra classifier: PCA compression, then a random index split."""
import numpy as np
from sklearn.decomposition import PCA
from sklearn.linear_model import RidgeClassifier
from sklearn.metrics import balanced_accuracy_score

rng = np.random.default_rng(7)
data = np.load("spectra.npz")
X, y = data["X"], data["y"]
print("raw shape", X.shape)

pca = PCA(n_components=30, whiten=True)
Z = pca.fit_transform(X)  # expect: LK101
print("explained variance", pca.explained_variance_ratio_.sum())

idx = rng.permutation(len(Z))
n_train = int(0.8 * len(Z))
tr, te = idx[:n_train], idx[n_train:]
Xtr, Xte = Z[tr], Z[te]
ytr, yte = y[tr], y[te]

clf = RidgeClassifier(alpha=1.0).fit(Xtr, ytr)
print("balanced accuracy", balanced_accuracy_score(yte, clf.predict(Xte)))
