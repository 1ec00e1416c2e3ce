"""Recognizing hand-written digits with PCA features and an SVM."""
from sklearn import datasets, metrics, svm
from sklearn.decomposition import PCA

digits = datasets.load_digits()
n_samples = len(digits.images)
data = digits.images.reshape((n_samples, -1))

pca = PCA(n_components=30, whiten=True)
data = pca.fit_transform(data)  # expect: LK101
print("explained variance: %.3f" % pca.explained_variance_ratio_.sum())

split = n_samples // 2
X_train, y_train = data[:split], digits.target[:split]
X_test, y_test = data[split:], digits.target[split:]

classifier = svm.SVC(gamma=0.01)
classifier.fit(X_train, y_train)
predicted = classifier.predict(X_test)

print(
    "Classification report for classifier %s:\n%s\n"
    % (classifier, metrics.classification_report(y_test, predicted))
)
