import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

ins = pd.read_csv("insurance.csv")
ins = pd.get_dummies(ins, columns=["sex", "smoker", "region"], drop_first=True)
X = ins.drop(columns="charges")
y = ins["charges"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)

forest = RandomForestRegressor(n_estimators=400, max_depth=8, random_state=10)
forest.fit(X_train, y_train)

print(f"train R^2: {forest.score(X_train, y_train):.3f}")
print(f"test  R^2: {forest.score(X_test, y_test):.3f}")
