# Digit Recognizer: PCA + SVC gets ~98% with almost no effort
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

train = pd.read_csv("../input/digit-recognizer/train.csv")
test = pd.read_csv("../input/digit-recognizer/test.csv")

y = train["label"].values
X = train.drop("label", axis=1).values / 255.0
X_test = test.values / 255.0
print(X.shape, X_test.shape)

# show a few digits
fig, axes = plt.subplots(1, 8, figsize=(12, 2))
for i, ax in enumerate(axes):
    ax.imshow(X[i].reshape(28, 28), cmap="gray")
    ax.set_title(y[i])
    ax.axis("off")
plt.show()

pca = PCA(n_components=0.85, whiten=True, random_state=0)
X_pca = pca.fit_transform(X)
print("components kept:", pca.n_components_)

svc = SVC(C=10, kernel="rbf", gamma="scale")
scores = cross_val_score(svc, X_pca, y, cv=3, n_jobs=-1)  # expect: LK104
print("CV accuracy: %.4f (+/- %.4f)" % (scores.mean(), scores.std()))

svc.fit(X_pca, y)
pred = svc.predict(pca.transform(X_test))
sub = pd.DataFrame({"ImageId": np.arange(1, len(pred) + 1), "Label": pred})
sub.to_csv("submission.csv", index=False)
