"""Breast cancer detection with an RBF SVM.

The scaler lives inside the pipeline so that cross-validation refits it per fold.
"""
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score, roc_auc_score

data = load_breast_cancer()
X, y = data.data, data.target
print("samples:", X.shape[0], "features:", X.shape[1], "positives:", np.sum(y))

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=0
)

pipe = make_pipeline(StandardScaler(), SVC(C=1.0, kernel="rbf", probability=True))
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="roc_auc")
print(f"CV ROC AUC: {scores.mean():.3f} +/- {scores.std():.3f}")

pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]
print("Test ROC AUC:", roc_auc_score(y_test, proba))
print("Test accuracy:", accuracy_score(y_test, pipe.predict(X_test)))
