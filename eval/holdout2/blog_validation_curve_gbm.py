# Diagnosing Bias and Variance with Validation Curves
#
# Step 1: data
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import fetch_california_housing
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split, validation_curve
from sklearn.metrics import mean_absolute_error

X, y = fetch_california_housing(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

# Step 2: validation curve over max_depth, computed with CV on the training data only
depths = [1, 2, 3, 4, 6, 8]
train_scores, valid_scores = validation_curve(
    GradientBoostingRegressor(n_estimators=200, random_state=0),
    X_train, y_train,
    param_name="max_depth", param_range=depths,
    cv=5, scoring="neg_mean_absolute_error", n_jobs=-1,
)
train_mae = -train_scores.mean(axis=1)
valid_mae = -valid_scores.mean(axis=1)

plt.plot(depths, train_mae, "o-", label="train")
plt.plot(depths, valid_mae, "o-", label="cross-validation")
plt.xlabel("max_depth")
plt.ylabel("MAE")
plt.legend()
plt.show()

# Step 3: pick the depth with the best CV error and check the test set once
best_depth = depths[int(np.argmin(valid_mae))]
model = GradientBoostingRegressor(n_estimators=200, max_depth=best_depth, random_state=0)
model.fit(X_train, y_train)
print("best depth:", best_depth)
print("test MAE: %.3f" % mean_absolute_error(y_test, model.predict(X_test)))
