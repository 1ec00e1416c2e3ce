import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

cars = pd.read_csv("car_prices.csv").dropna(subset=["sellingprice", "make", "odometer"])
train_df, test_df = train_test_split(cars, test_size=0.2, random_state=5)
train_df = train_df.copy()
test_df = test_df.copy()

# frequency and mean-price encodings learned on the training split only
make_freq = train_df["make"].value_counts(normalize=True)
make_price = train_df.groupby("make")["sellingprice"].mean()
global_price = train_df["sellingprice"].mean()
for frame in (train_df, test_df):
    frame["make_freq"] = frame["make"].map(make_freq).fillna(0.0)
    frame["make_price"] = frame["make"].map(make_price).fillna(global_price)

cols = ["year", "odometer", "condition", "make_freq", "make_price"]
fill = train_df[cols].median()
X_train = train_df[cols].fillna(fill)
X_test = test_df[cols].fillna(fill)

rf = RandomForestRegressor(n_estimators=250, min_samples_leaf=2, n_jobs=-1)
rf.fit(X_train, np.log1p(train_df["sellingprice"]))
pred = np.expm1(rf.predict(X_test))
print("MAE:", mean_absolute_error(test_df["sellingprice"], pred))
