import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error

df = pd.read_csv("listings.csv")
df = df[df["price"] > 0].copy()
df["log_price"] = np.log1p(df["price"])

# neighbourhood target encoding
df["nbhd_te"] = df.groupby("neighbourhood")["log_price"].transform("mean")  # expect: LK105

# clip extreme minimum nights
cap = df["minimum_nights"].quantile(0.99)
df["minimum_nights"] = np.where(df["minimum_nights"] > cap, cap, df["minimum_nights"])  # expect: LK105

df["is_entire_home"] = (df["room_type"] == "Entire home/apt").astype(int)
df["reviews_per_month"] = df["reviews_per_month"].fillna(0)

features = ["nbhd_te", "minimum_nights", "is_entire_home", "reviews_per_month", "accommodates"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["log_price"], test_size=0.2, random_state=7
)

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8)
gbr.fit(X_train, y_train)
pred = np.expm1(gbr.predict(X_test))
print("MAPE:", mean_absolute_percentage_error(np.expm1(y_test), pred))
