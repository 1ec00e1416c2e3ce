import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

rent = pd.read_csv("House_Rent_Dataset.csv")
rent = pd.get_dummies(rent[["BHK", "Rent", "Size", "Bathroom", "City", "Furnishing Status"]],
                      columns=["City", "Furnishing Status"], drop_first=True)

y = np.log1p(rent["Rent"])
X = rent.drop(columns=["Rent"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
ridge = make_pipeline(StandardScaler(), Ridge(alpha=3.0)).fit(X_train, y_train)
print("MAE (rupees):", mean_absolute_error(np.expm1(y_test), np.expm1(ridge.predict(X_test))))
