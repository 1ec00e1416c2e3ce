# Your First Machine Learning Model in Python (Linear Regression, Step by Step)
#
# Step 1: Import what we need
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_squared_error

# Step 2: Load the advertising data
ads = pd.read_csv("Advertising.csv", index_col=0)
print(ads.head())
print(ads.describe())

# Step 3: Visualise the relationship between TV budget and sales
plt.scatter(ads["TV"], ads["Sales"])
plt.xlabel("TV budget ($1000s)")
plt.ylabel("Sales (1000s of units)")
plt.show()

# Step 4: Define features and target
X = ads[["TV", "Radio", "Newspaper"]]
y = ads["Sales"]

# Step 5: Fit the model
reg = LinearRegression()
reg.fit(X, y)
print("Intercept:", reg.intercept_)
print("Coefficients:", dict(zip(X.columns, reg.coef_.round(4))))

# Step 6: How good is our model?
y_pred = reg.predict(X)
print("R-squared:", r2_score(y, y_pred))  # expect: LK401
print("MSE:", mean_squared_error(y, y_pred))  # related: LK401

# Step 7: Predict sales for a new budget
print(reg.predict(pd.DataFrame({"TV": [150.0], "Radio": [25.0], "Newspaper": [10.0]})))
