# %% [markdown]
# # kNN on MNIST after PCA (PCA inside the pipeline)

# %%
from sklearn.datasets import fetch_openml
from sklearn.decomposition import PCA
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline

mnist = fetch_openml("mnist_784", version=1, as_frame=False)
X, y = mnist.data[:10000] / 255.0, mnist.target[:10000]

# %%
pipe = Pipeline([("pca", PCA(n_components=50, random_state=0)), ("knn", KNeighborsClassifier(n_neighbors=3))])
scores = cross_val_score(pipe, X, y, cv=5, n_jobs=-1)
print("CV accuracy: %.4f (+/- %.4f)" % (scores.mean(), scores.std()))
