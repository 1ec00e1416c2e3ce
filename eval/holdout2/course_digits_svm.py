# Week 5 lab: Support vector machines on handwritten digits
import numpy as np
import matplotlib.pyplot as plt
from sklearn import datasets, svm, metrics
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split

digits = datasets.load_digits()

_, axes = plt.subplots(nrows=1, ncols=4, figsize=(10, 3))
for ax, image, label in zip(axes, digits.images, digits.target):
    ax.set_axis_off()
    ax.imshow(image, cmap=plt.cm.gray_r, interpolation="nearest")
    ax.set_title("Training: %i" % label)

# flatten the images
n_samples = len(digits.images)
data = digits.images.reshape((n_samples, -1))

# Task 1: standardise the features
scaler = StandardScaler()
data_scaled = scaler.fit_transform(data)  # expect: LK101

# Task 2: split into train and test subsets
X_train, X_test, y_train, y_test = train_test_split(
    data_scaled, digits.target, test_size=0.5, shuffle=False)

# Task 3: train an RBF SVM
clf = svm.SVC(gamma=0.001, C=10)
clf.fit(X_train, y_train)
predicted = clf.predict(X_test)

print(f"Classification report for classifier {clf}:\n"
      f"{metrics.classification_report(y_test, predicted)}\n")
disp = metrics.ConfusionMatrixDisplay.from_predictions(y_test, predicted)
disp.figure_.suptitle("Confusion Matrix")
plt.show()
