import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.model_selection import KFold
from sklearn.neighbors import KNeighborsClassifier

letters = pd.read_csv("letter-recognition.data", header=None)
labels = letters[0].to_numpy()
pixels = letters.drop(columns=[0]).to_numpy(dtype=float)

X_pca = PCA(n_components=10).fit_transform(pixels)

kf = KFold(n_splits=5, shuffle=True, random_state=0)
fold_acc = []
for train_index, test_index in kf.split(X_pca):  # expect: LK104
    knn = KNeighborsClassifier(n_neighbors=3)
    knn.fit(X_pca[train_index], labels[train_index])
    fold_acc.append(np.mean(knn.predict(X_pca[test_index]) == labels[test_index]))

print("CV accuracy: %.4f" % np.mean(fold_acc))
