"""NYC Airbnb listing prices - LightGBM with simple categorical encodings."""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

listings = pd.read_csv("AB_NYC_2019.csv")
listings = listings[(listings.price > 0) & (listings.price < 1500)]
listings["reviews_per_month"] = listings["reviews_per_month"].fillna(0)

listings["hood_count"] = listings["neighbourhood"].map(listings["neighbourhood"].value_counts())  # expect: LK105
listings["host_listings"] = listings["calculated_host_listings_count"]
listings["room_type"] = listings["room_type"].astype("category")
listings["neighbourhood_group"] = listings["neighbourhood_group"].astype("category")

cols = ["latitude", "longitude", "room_type", "neighbourhood_group", "minimum_nights",
        "number_of_reviews", "reviews_per_month", "availability_365", "hood_count", "host_listings"]
X_a, X_b, y_a, y_b = train_test_split(listings[cols], np.log1p(listings["price"]), test_size=0.2, random_state=21)

gbm = lgb.LGBMRegressor(n_estimators=1200, learning_rate=0.03, num_leaves=48)
gbm.fit(X_a, y_a)
print("RMSE(log price):", mean_squared_error(y_b, gbm.predict(X_b)) ** 0.5)
