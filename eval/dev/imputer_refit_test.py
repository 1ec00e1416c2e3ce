import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("auto_mpg.csv", na_values="?")
df = df.drop(columns=["car_name"])
X = df.drop(columns=["mpg"])
y = df["mpg"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)

imp = SimpleImputer(strategy="median")
X_train = imp.fit_transform(X_train)
imp.fit(X_test)  # expect: LK103
X_test = imp.transform(X_test)

gbr = GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=3)
gbr.fit(X_train, y_train)
print("RMSE:", np.sqrt(mean_squared_error(y_test, gbr.predict(X_test))))
