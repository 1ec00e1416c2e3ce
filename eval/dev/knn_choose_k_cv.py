import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=4)

cv_means = {}
for k in range(1, 31, 2):
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=k))
    cv_means[k] = cross_val_score(pipe, X_train, y_train, cv=10).mean()

best_k = max(cv_means, key=cv_means.get)
print(f"best k by 10-fold CV: {best_k} ({cv_means[best_k]:.3f})")

final = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=best_k))
final.fit(X_train, y_train)
print(f"held-out accuracy: {final.score(X_test, y_test):.3f}")
print("k grid:", np.array(sorted(cv_means)))
