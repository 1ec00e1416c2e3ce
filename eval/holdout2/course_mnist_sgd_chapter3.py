# Chapter 3 notebook - classifying handwritten digits (MNIST)
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import fetch_openml
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import cross_val_score, cross_val_predict
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import confusion_matrix, precision_score, recall_score

digits = fetch_openml("mnist_784", version=1, as_frame=False)
images, labels = digits.data, digits.target.astype(np.uint8)
print(images.shape, labels.shape)

plt.imshow(images[7].reshape(28, 28), cmap="binary")
plt.axis("off")
plt.show()

# the first 60,000 images are the training set, the last 10,000 the test set
train_imgs, test_imgs = images[:60000], images[60000:]
train_lbls, test_lbls = labels[:60000], labels[60000:]

# 3.1 a binary "is it a 7?" detector
is_seven = train_lbls == 7
sgd = SGDClassifier(random_state=0)
print("3-fold accuracy:", cross_val_score(sgd, train_imgs, is_seven, cv=3, scoring="accuracy"))
seven_pred = cross_val_predict(sgd, train_imgs, is_seven, cv=3)
print(confusion_matrix(is_seven, seven_pred))
print("precision %.3f  recall %.3f" % (precision_score(is_seven, seven_pred), recall_score(is_seven, seven_pred)))

# 3.2 all ten classes; standardising the pixels helps SGD a lot
std = StandardScaler()
train_std = std.fit_transform(train_imgs.astype(np.float64))
print("3-fold accuracy (scaled):", cross_val_score(sgd, train_std, train_lbls, cv=3))  # expect: LK104

# 3.3 which digits get confused?
cv_pred = cross_val_predict(sgd, train_std, train_lbls, cv=3)  # related: LK104
errors = confusion_matrix(train_lbls, cv_pred).astype(float)
errors /= errors.sum(axis=1, keepdims=True)
np.fill_diagonal(errors, 0)
plt.matshow(errors, cmap="gray")
plt.title("error rates (rows: true digit)")
plt.show()
