"""
Intro to ML, week 3: logistic regression for breast cancer screening
(Wisconsin diagnostic data set, shipped with scikit-learn).
"""
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

data = load_breast_cancer()
X, y = data.data, data.target
print("samples per class (malignant, benign):", np.bincount(y))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=500))
model.fit(X_train, y_train)

y_pred = model.predict(X_test)
print("Test accuracy: %.3f" % accuracy_score(y_test, y_pred))

# Exercise: which five features have the largest coefficients?
coef = model[-1].coef_[0]
for idx in np.argsort(np.abs(coef))[::-1][:5]:
    print(f"{data.feature_names[idx]:<25s} {coef[idx]:+.3f}")
