# Out-of-fold target encoding with pandas (no target leakage)
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("airbnb_listings.csv")
df = df[df["price"].between(10, 2000)].copy()
df["log_price"] = np.log1p(df["price"])
cat_cols = ["neighbourhood", "room_type", "property_type"]

train, test = train_test_split(df, test_size=0.2, random_state=42)
train, test = train.copy(), test.copy()
global_mean = train["log_price"].mean()

kf = KFold(n_splits=5, shuffle=True, random_state=42)
for col in cat_cols:
    train[col + "_te"] = np.nan
    for fit_idx, enc_idx in kf.split(train):
        fold_means = train.iloc[fit_idx].groupby(col)["log_price"].mean()
        train.iloc[enc_idx, train.columns.get_loc(col + "_te")] = train.iloc[enc_idx][col].map(fold_means).values
    train[col + "_te"] = train[col + "_te"].fillna(global_mean)
    test[col + "_te"] = test[col].map(train.groupby(col)["log_price"].mean()).fillna(global_mean)

num_cols = ["accommodates", "bedrooms", "beds", "minimum_nights", "number_of_reviews"]
train[num_cols] = train[num_cols].fillna(0)
test[num_cols] = test[num_cols].fillna(0)
features = num_cols + [c + "_te" for c in cat_cols]

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=42)
rf.fit(train[features], train["log_price"])
pred = np.expm1(rf.predict(test[features]))
print("test MAE ($):", round(mean_absolute_error(test["price"], pred), 2))
