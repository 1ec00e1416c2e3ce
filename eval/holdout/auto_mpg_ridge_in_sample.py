import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.preprocessing import PolynomialFeatures

autos = pd.read_csv("auto-mpg.csv", na_values="?").dropna()
inputs = autos[["displacement", "horsepower", "weight", "acceleration", "model year"]].to_numpy()
mpg = autos["mpg"].to_numpy()

poly = PolynomialFeatures(degree=2, include_bias=False)
design = poly.fit_transform(inputs)
ridge = Ridge(alpha=10.0).fit(design, mpg)

fitted = ridge.predict(design)
print("coefficients:", np.round(ridge.coef_, 4))
print("in-sample MAE:", mean_absolute_error(mpg, fitted))  # expect: LK401
