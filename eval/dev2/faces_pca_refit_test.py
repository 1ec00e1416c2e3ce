import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

faces = np.load("faces.npz")
X, y = faces["X"].astype(float), faces["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)

pca = PCA(n_components=150, whiten=True, svd_solver="randomized", random_state=42)
pca.fit(X_train)
X_train_pca = pca.transform(X_train)

clf = LogisticRegression(max_iter=3000, C=0.5)
clf.fit(X_train_pca, y_train)

# project the held-out faces
pca.fit(X_test)  # expect: LK103
X_test_pca = pca.transform(X_test)
print("accuracy:", accuracy_score(y_test, clf.predict(X_test_pca)))
