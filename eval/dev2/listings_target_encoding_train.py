import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error

df = pd.read_csv("listings.csv")
df = df[df["price"] > 0].copy()
df["log_price"] = np.log1p(df["price"])
df["is_entire_home"] = (df["room_type"] == "Entire home/apt").astype(int)
df["reviews_per_month"] = df["reviews_per_month"].fillna(0)

train_df, test_df = train_test_split(df, test_size=0.2, random_state=7)
train_df = train_df.copy()
test_df = test_df.copy()

te_map = train_df.groupby("neighbourhood")["log_price"].mean()
global_mean = train_df["log_price"].mean()
train_df["nbhd_te"] = train_df["neighbourhood"].map(te_map)
test_df["nbhd_te"] = test_df["neighbourhood"].map(te_map).fillna(global_mean)

freq = train_df["host_id"].value_counts()
train_df["host_listings"] = train_df["host_id"].map(freq)
test_df["host_listings"] = test_df["host_id"].map(freq).fillna(0)

cap = train_df["minimum_nights"].quantile(0.99)
for part in (train_df, test_df):
    part["minimum_nights"] = np.where(part["minimum_nights"] > cap, cap, part["minimum_nights"])

features = ["nbhd_te", "host_listings", "minimum_nights", "is_entire_home", "reviews_per_month", "accommodates"]
gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8)
gbr.fit(train_df[features], train_df["log_price"])
pred = np.expm1(gbr.predict(test_df[features]))
print("MAPE:", mean_absolute_percentage_error(np.expm1(test_df["log_price"]), pred))
