"""Benchmark from the organisers: air_train.csv and the labelled air_test.csv."""
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

FEATURES = ["temp", "humidity", "wind", "pressure", "pm10", "no2"]
TARGET = "pm25"

train_df = pd.read_csv("air_train.csv")
test_df = pd.read_csv("air_test.csv")

full = train_df.append(test_df, ignore_index=True)
imp = IterativeImputer(max_iter=10, random_state=0)
imp.fit(full[FEATURES])  # expect: LK102

X_train = imp.transform(train_df[FEATURES])
X_test = imp.transform(test_df[FEATURES])

rf = RandomForestRegressor(n_estimators=300, n_jobs=-1, random_state=0)
rf.fit(X_train, train_df[TARGET])
print("MAE on test:", mean_absolute_error(test_df[TARGET], rf.predict(X_test)))
