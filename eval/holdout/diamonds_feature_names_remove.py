import pandas as pd
import seaborn as sns
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

diamonds = sns.load_dataset("diamonds")
for col in ("cut", "color", "clarity"):
    diamonds[col] = diamonds[col].cat.codes

feature_names = list(diamonds.columns)
feature_names.remove("depth")
X = diamonds[feature_names]  # expect: LK501
y = diamonds["price"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor(n_estimators=300, max_depth=4).fit(X_train, y_train)
print("MAE ($):", mean_absolute_error(y_test, gbr.predict(X_test)))
