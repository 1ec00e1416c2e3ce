# Week 5 lab: support vector machines on the 8x8 digits
import matplotlib.pyplot as plt
from sklearn import datasets, svm, metrics
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split

bunch = datasets.load_digits()

fig, axs = plt.subplots(1, 5, figsize=(10, 2.5))
for ax, img, lab in zip(axs, bunch.images[:5], bunch.target[:5]):
    ax.imshow(img, cmap="gray_r")
    ax.set_title(f"label {lab}")
    ax.axis("off")
plt.show()

# Task 1: every image becomes a 64-dimensional vector
flat = bunch.images.reshape(len(bunch.images), -1)

# Task 2: standardise the pixel features
flat_std = StandardScaler().fit_transform(flat)  # expect: LK101

# Task 3: first half for training, second half for testing
Xa, Xb, ya, yb = train_test_split(flat_std, bunch.target, test_size=0.5, shuffle=False)

# Task 4: an RBF SVM
model = svm.SVC(C=5, gamma=0.002)
model.fit(Xa, ya)
yb_hat = model.predict(Xb)
print(metrics.classification_report(yb, yb_hat))
metrics.ConfusionMatrixDisplay.from_predictions(yb, yb_hat)
plt.show()
