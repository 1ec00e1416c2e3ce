# Pipelining PCA and Logistic Regression (and tuning both at once)
import numpy as np
import matplotlib.pyplot as plt
from sklearn import datasets
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# Step 1: the digits data
X_digits, y_digits = datasets.load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X_digits, y_digits, random_state=0)

# Step 2: a pipeline: scale -> PCA -> logistic regression
pca = PCA()
scaler = StandardScaler()
logistic = LogisticRegression(max_iter=10000, tol=0.1)
pipe = Pipeline(steps=[("scaler", scaler), ("pca", pca), ("logistic", logistic)])

# Step 3: search over the number of components and C together
param_grid = {
    "pca__n_components": [5, 15, 30, 45, 60],
    "logistic__C": np.logspace(-4, 4, 4),
}
search = GridSearchCV(pipe, param_grid, n_jobs=2)
search.fit(X_train, y_train)
print("Best parameter (CV score=%0.3f):" % search.best_score_)
print(search.best_params_)

# Step 4: explained variance of the PCA fitted inside the best pipeline
best_pca = search.best_estimator_.named_steps["pca"]
plt.plot(np.cumsum(best_pca.explained_variance_ratio_), linewidth=2)
plt.xlabel("n_components")
plt.ylabel("cumulative explained variance")
plt.show()

# Step 5: the test set, once
print("Held-out accuracy: %.3f" % search.score(X_test, y_test))
