"""Ames housing: ridge on the numeric columns.

Target and identifier are excluded explicitly.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

TARGET = "SalePrice"
train = pd.read_csv("ames_train.csv")
numeric = train.select_dtypes(include=[np.number])
features = [c for c in numeric.columns if c not in (TARGET, "Id")]

X = numeric[features].fillna(0)
y = np.log1p(train[TARGET])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=5)
ridge = RidgeCV(alphas=np.logspace(-2, 3, 30))
ridge.fit(X_tr, y_tr)
print("alpha:", ridge.alpha_)
print("RMSE (log):", np.sqrt(mean_squared_error(y_te, ridge.predict(X_te))))
