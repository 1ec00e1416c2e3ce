# Tuning the Number of PCA Components Together with the Classifier
#
# Step 1: the Olivetti-style face features (precomputed, 4096 pixels per image)
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import fetch_olivetti_faces
from sklearn.decomposition import PCA
from sklearn.svm import LinearSVC
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

faces = fetch_olivetti_faces(shuffle=True, random_state=3)
X_faces, y_faces = faces.data, faces.target
X_fit, X_hold, y_fit, y_hold = train_test_split(X_faces, y_faces, test_size=0.25, stratify=y_faces, random_state=3)

# Step 2: standardise -> PCA -> linear SVM, all inside one estimator
chain = Pipeline([
    ("std", StandardScaler()),
    ("reduce", PCA(whiten=True, random_state=3)),
    ("svm", LinearSVC(max_iter=20000)),
])

# Step 3: search both the number of components and C with 5-fold CV
grid = {"reduce__n_components": [20, 40, 80, 120], "svm__C": [0.001, 0.01, 0.1, 1.0]}
tuner = GridSearchCV(chain, grid, cv=5, n_jobs=-1)
tuner.fit(X_fit, y_fit)
print("best CV accuracy: %.3f" % tuner.best_score_, tuner.best_params_)

# Step 4: how much variance do the chosen components keep?
chosen = tuner.best_estimator_.named_steps["reduce"]
plt.plot(np.cumsum(chosen.explained_variance_ratio_))
plt.xlabel("components")
plt.ylabel("cumulative explained variance")
plt.show()

# Step 5: the hold-out faces, once
print("hold-out accuracy: %.3f" % tuner.score(X_hold, y_hold))
