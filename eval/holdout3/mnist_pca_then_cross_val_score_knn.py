# %% [markdown]
# # kNN on MNIST after PCA
# Blog post companion code.

# %%
import numpy as np
from sklearn.datasets import fetch_openml
from sklearn.decomposition import PCA
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier

mnist = fetch_openml("mnist_784", version=1, as_frame=False)
X, y = mnist.data[:10000] / 255.0, mnist.target[:10000]

# %%
X_pca = PCA(n_components=50, random_state=0).fit_transform(X)
print(X_pca.shape)

# %%
scores = cross_val_score(KNeighborsClassifier(n_neighbors=3), X_pca, y, cv=5, n_jobs=-1)  # expect: LK104
print("CV accuracy: %.4f (+/- %.4f)" % (scores.mean(), scores.std()))
