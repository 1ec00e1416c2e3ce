"""Face recognition on the Olivetti faces with eigenfaces + logistic regression."""
from sklearn.datasets import fetch_olivetti_faces
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

faces = fetch_olivetti_faces(shuffle=True, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(faces.data, faces.target, test_size=0.25,
                                                    stratify=faces.target, random_state=0)

pca = PCA(n_components=60, whiten=True, random_state=0)
X_train = pca.fit_transform(X_train)
X_test = pca.fit_transform(X_test)  # expect: LK103

clf = LogisticRegression(max_iter=5000, C=0.5)
clf.fit(X_train, y_train)
print("accuracy:", accuracy_score(y_test, clf.predict(X_test)))
