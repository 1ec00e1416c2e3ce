import glob
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score

train_files = sorted(glob.glob("data/train_batch_*.npz"))
batches = [np.load(f) for f in train_files]
X_train = np.vstack([b["images"].reshape(len(b["images"]), -1) for b in batches]).astype("float32") / 255.0
y_train = np.concatenate([b["labels"] for b in batches])

test = np.load("data/test_batch.npz")
X_test = test["images"].reshape(len(test["images"]), -1).astype("float32") / 255.0
y_test = test["labels"]

scaler = StandardScaler().fit(X_train)
pca = PCA(n_components=100, random_state=0).fit(scaler.transform(X_train))
Ztr = pca.transform(scaler.transform(X_train))
Zte = pca.transform(scaler.transform(X_test))

svm = SVC(C=10, gamma="scale")
svm.fit(Ztr, y_train)
print("test accuracy", accuracy_score(y_test, svm.predict(Zte)))
