"""Ames housing: quick ridge baseline on the numeric columns.

No categorical handling yet, missing values become zero; RidgeCV picks the
regularisation strength by its internal leave-one-out.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

train = pd.read_csv("ames_train.csv")
y = np.log1p(train["SalePrice"])
X = train.select_dtypes(include=[np.number]).drop(columns=["Id"]).fillna(0)  # expect: LK501

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=5)
ridge = RidgeCV(alphas=np.logspace(-2, 3, 30))
ridge.fit(X_tr, y_tr)
print("alpha:", ridge.alpha_)
print("RMSE (log):", np.sqrt(mean_squared_error(y_te, ridge.predict(X_te))))
