import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_score

names = ["Sex", "Length", "Diameter", "Height", "Whole", "Shucked", "Viscera", "Shell", "Rings"]
shells = pd.read_csv("abalone.data", header=None, names=names)
shells = pd.get_dummies(shells, columns=["Sex"])

features = shells.drop(columns="Rings")
rings = shells["Rings"]

forest = RandomForestRegressor(n_estimators=300, min_samples_leaf=4, random_state=2)
mae = -cross_val_score(forest, features, rings, cv=KFold(10, shuffle=True, random_state=2),
                       scoring="neg_mean_absolute_error")
print("10-fold MAE: %.3f +/- %.3f" % (mae.mean(), mae.std()))
