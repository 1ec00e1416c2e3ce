# DATA 301 - Problem Set 4
# Predict median house value in California districts with linear regression.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score

housing = pd.read_csv("datasets/housing/housing.csv")
print(housing.info())
print(housing["ocean_proximity"].value_counts())

# Q1: drop districts with missing total_bedrooms
housing = housing.dropna(subset=["total_bedrooms"])

# Q2: add some ratio features
housing["rooms_per_household"] = housing["total_rooms"] / housing["households"]
housing["bedrooms_per_room"] = housing["total_bedrooms"] / housing["total_rooms"]
housing["population_per_household"] = housing["population"] / housing["households"]

# Q3: features and label (the categorical column is left out for now)
X = housing.drop(["ocean_proximity"], axis=1)  # expect: LK501
y = housing["median_house_value"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

# Q4: scale the features
scaler = StandardScaler()
X_train_scaled = scaler.fit_transform(X_train)
X_test_scaled = scaler.fit_transform(X_test)  # expect: LK103

# Q5: fit and evaluate
lin_reg = LinearRegression()
lin_reg.fit(X_train_scaled, y_train)
y_pred = lin_reg.predict(X_test_scaled)

rmse = np.sqrt(mean_squared_error(y_test, y_pred))
print("Test RMSE: %.2f" % rmse)
print("Test R^2: %.4f" % r2_score(y_test, y_pred))

coefs = pd.Series(lin_reg.coef_, index=X.columns).sort_values()
print(coefs)
