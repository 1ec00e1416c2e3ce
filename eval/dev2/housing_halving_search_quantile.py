import pandas as pd
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.model_selection import HalvingGridSearchCV, train_test_split
from sklearn.preprocessing import QuantileTransformer
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import mean_absolute_error

housing = pd.read_csv("california.csv")
ytarget = housing["median_house_value"]
Xall = housing.drop(columns=["median_house_value", "ocean_proximity"])
Xtr, Xte, ytr, yte = train_test_split(Xall, ytarget, test_size=0.2, random_state=0)

qt = QuantileTransformer(output_distribution="normal", n_quantiles=500)
Xtr = qt.fit_transform(Xtr)
Xte = qt.transform(Xte)

search = HalvingGridSearchCV(
    KNeighborsRegressor(),
    {"n_neighbors": [3, 5, 10, 20, 40], "weights": ["uniform", "distance"], "p": [1, 2]},
    factor=3,
    cv=5,
)
search.fit(Xtr, ytr)  # expect: LK104
print("best:", search.best_params_)
print("test MAE:", mean_absolute_error(yte, search.predict(Xte)))
