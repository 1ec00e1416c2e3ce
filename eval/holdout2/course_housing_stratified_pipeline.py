# Module 2 project - California districts, end to end (condensed)
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error

districts = pd.read_csv("datasets/housing/housing.csv")

# income strata with fixed edges, used only to stratify the split
strata = pd.cut(districts["median_income"], bins=[0.0, 1.5, 3.0, 4.5, 6.0, np.inf], labels=False)
train_set, test_set = train_test_split(districts, test_size=0.2, stratify=strata, random_state=7)

label = "median_house_value"
X_train, y_train = train_set.drop(columns=label), train_set[label]
X_test, y_test = test_set.drop(columns=label), test_set[label]

numeric = [c for c in X_train.columns if c != "ocean_proximity"]
prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    (OneHotEncoder(handle_unknown="ignore"), ["ocean_proximity"]),
)

X_train_ready = prep.fit_transform(X_train)
forest = RandomForestRegressor(n_estimators=150, random_state=7)
forest.fit(X_train_ready, y_train)

X_test_ready = prep.transform(X_test)
rmse = np.sqrt(mean_squared_error(y_test, forest.predict(X_test_ready)))
print(f"Test RMSE: {rmse:,.0f}")
