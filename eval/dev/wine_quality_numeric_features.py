import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

data = pd.read_csv("winequality.csv")
data["is_red"] = (data["type"] == "red").astype(int)

y = data["quality"]
X = data.select_dtypes(include="number")  # expect: LK501

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
reg = RandomForestRegressor(n_estimators=200, random_state=0)
reg.fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, reg.predict(X_test)))
