# Hyperparameter Tuning with GridSearchCV: A Complete Guide
#
# ### 1. Import libraries
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import GridSearchCV

# ### 2. Load the data
cancer = load_breast_cancer()
df = pd.DataFrame(cancer.data, columns=cancer.feature_names)
df["target"] = cancer.target
print(df.head())

X = df.drop("target", axis=1)
y = df["target"]

# ### 3. Standardize the features
# SVMs are sensitive to feature scales, so we standardize everything first.
X_scaled = StandardScaler().fit_transform(X)

# ### 4. Define the parameter grid
param_grid = {
    "C": [0.1, 1, 10, 100, 1000],
    "gamma": [1, 0.1, 0.01, 0.001, 0.0001],
    "kernel": ["rbf"],
}

# ### 5. Run the grid search
grid = GridSearchCV(SVC(), param_grid, refit=True, cv=5, verbose=2)
grid.fit(X_scaled, y)  # expect: LK104

# ### 6. Results
print("Best parameters:", grid.best_params_)
print("Best estimator:", grid.best_estimator_)
print("Best cross-validated accuracy: {:.4f}".format(grid.best_score_))

results = pd.DataFrame(grid.cv_results_)
print(results[["param_C", "param_gamma", "mean_test_score"]].sort_values("mean_test_score", ascending=False).head())
