import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler, StandardScaler

np.random.seed(0)


def make_preprocessor(kind="standard"):
    """Return a function that rescales a feature matrix."""

    def _pre(arr):
        scaler = StandardScaler() if kind == "standard" else MinMaxScaler()
        return scaler.fit_transform(arr)  # expect: LK101

    return _pre


X = np.random.randn(1200, 10) * np.arange(1, 11)
y = (X[:, 0] + 0.5 * X[:, 3] - 0.2 * X[:, 7] + np.random.randn(1200) * 2 > 0).astype(int)

pre = make_preprocessor("standard")
X = pre(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
clf = LogisticRegression().fit(X_train, y_train)
print("AUC", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
