import matplotlib.pyplot as plt
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

wine = pd.read_csv("wine.csv")
X = wine.drop(columns="quality_label")
y = wine["quality_label"]

# quick look at the class structure before modelling
emb = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
fig, ax = plt.subplots(figsize=(6, 5))
for label in sorted(y.unique()):
    m = (y == label).values
    ax.scatter(emb[m, 0], emb[m, 1], s=8, label=str(label))
ax.legend()
fig.savefig("pca_scatter.png", dpi=120)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
model.fit(X_train, y_train)
print("test accuracy", accuracy_score(y_test, model.predict(X_test)))
