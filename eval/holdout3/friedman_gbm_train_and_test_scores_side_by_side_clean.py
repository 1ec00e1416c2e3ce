import numpy as np
from sklearn.datasets import make_friedman1
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

X, y = make_friedman1(n_samples=3000, n_features=10, noise=1.0, random_state=0)
X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=0.25, random_state=0)

gbm = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=3, random_state=0)
gbm.fit(X_a, y_a)

train_r2 = r2_score(y_a, gbm.predict(X_a))
test_r2 = r2_score(y_b, gbm.predict(X_b))
print(f"train R2 {train_r2:.3f} | test R2 {test_r2:.3f} | gap {train_r2 - test_r2:.3f}")
print("feature importances:", np.round(gbm.feature_importances_, 3))
