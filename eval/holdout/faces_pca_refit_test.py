"""Eigenfaces + SVM on the LFW people subset."""
from sklearn.datasets import fetch_lfw_people
from sklearn.decomposition import PCA
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

lfw = fetch_lfw_people(min_faces_per_person=70, resize=0.4)
X, y = lfw.data, lfw.target

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42)

std = StandardScaler().fit(X_train)
X_train_std = std.transform(X_train)
X_test_std = std.transform(X_test)

n_components = 150
pca = PCA(n_components=n_components, svd_solver="randomized", whiten=True).fit(X_train_std)
X_train_pca = pca.transform(X_train_std)
pca_test = PCA(n_components=n_components, svd_solver="randomized", whiten=True).fit(X_test_std)  # expect: LK103
X_test_pca = pca_test.transform(X_test_std)

clf = SVC(kernel="rbf", class_weight="balanced", C=1000, gamma=0.005)
clf.fit(X_train_pca, y_train)
print(classification_report(y_test, clf.predict(X_test_pca), target_names=lfw.target_names))
