# End-to-end regression on the California districts table (housing.csv)
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

housing = pd.read_csv("datasets/housing/housing.csv")
print(housing.info())

# total_bedrooms has 207 missing values
housing["total_bedrooms"].fillna(housing["total_bedrooms"].median(), inplace=True)  # expect: LK105

housing["rooms_per_household"] = housing["total_rooms"] / housing["households"]
housing["population_per_household"] = housing["population"] / housing["households"]
housing = pd.get_dummies(housing, columns=["ocean_proximity"])

train_set, test_set = train_test_split(housing, test_size=0.2, random_state=42)
X_train = train_set.drop("median_house_value", axis=1)
y_train = train_set["median_house_value"].copy()
X_test = test_set.drop("median_house_value", axis=1)
y_test = test_set["median_house_value"].copy()

forest_reg = RandomForestRegressor(n_estimators=100, random_state=42)
forest_reg.fit(X_train, y_train)
final_rmse = np.sqrt(mean_squared_error(y_test, forest_reg.predict(X_test)))
print("test RMSE:", final_rmse)
