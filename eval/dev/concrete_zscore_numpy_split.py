"""Concrete compressive strength: a small numpy-first regression exercise."""
import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_absolute_error

concrete = pd.read_csv("Concrete_Data.csv")
target = "strength"
X = concrete.drop(columns=[target])
y = concrete[target]

# standardise every input column
X = (X - X.mean()) / X.std()  # expect: LK105

rng = np.random.default_rng(0)
idx = rng.permutation(len(X))
n_train = int(0.8 * len(X))
train_idx, test_idx = idx[:n_train], idx[n_train:]

X_train, y_train = X.iloc[train_idx], y.iloc[train_idx]
X_test, y_test = X.iloc[test_idx], y.iloc[test_idx]

enet = ElasticNet(alpha=0.05, l1_ratio=0.3)
enet.fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, enet.predict(X_test)))
print(pd.Series(enet.coef_, index=X.columns).sort_values())
