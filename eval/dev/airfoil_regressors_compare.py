import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Lasso, Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

cols = ["frequency", "angle", "chord", "velocity", "thickness", "sound_pressure"]
airfoil = pd.read_csv("airfoil_self_noise.dat", sep="\t", names=cols)
X_train, X_test, y_train, y_test = train_test_split(
    airfoil[cols[:-1]], airfoil["sound_pressure"], test_size=0.2, random_state=6
)

results = {}
ridge = Ridge(alpha=1.0).fit(X_train, y_train)
results["ridge"] = mean_absolute_error(y_test, ridge.predict(X_test))

lasso = Lasso(alpha=0.01).fit(X_train, y_train)
results["lasso"] = mean_absolute_error(y_test, lasso.predict(X_test))  # expect: LK302

forest = RandomForestRegressor(n_estimators=300, random_state=6).fit(X_train, y_train)
results["forest"] = mean_absolute_error(y_test, forest.predict(X_test))  # related: LK302

print(pd.Series(results, name="test MAE").sort_values())
