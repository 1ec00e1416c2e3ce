# Wine dataset: look at the classes in 2-D, then train a classifier.
import matplotlib.pyplot as plt
from sklearn.datasets import load_wine
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_wine(return_X_y=True)

# %% 2-D projection, only for the picture
projected = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
fig, ax = plt.subplots(figsize=(6, 5))
scatter = ax.scatter(projected[:, 0], projected[:, 1], c=y, cmap="viridis", s=20)
ax.set_xlabel("PC1")
ax.set_ylabel("PC2")
ax.legend(*scatter.legend_elements(), title="cultivar")
fig.savefig("wine_pca.png", dpi=120)

# %% model
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3, stratify=y)
model = Pipeline([
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(max_iter=500)),
])
model.fit(X_train, y_train)
print("test accuracy: %.3f" % model.score(X_test, y_test))
