"""Taiwan real estate valuation - transforms that use only each row's own values."""
import numpy as np
import pandas as pd
from sklearn.linear_model import HuberRegressor
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

estate = pd.read_excel("Real estate valuation data set.xlsx").drop(columns=["No"])
estate.columns = ["date", "age", "mrt_dist", "stores", "lat", "lon", "price"]

estate["log_mrt"] = np.log1p(estate["mrt_dist"])
estate["age"] = estate["age"].clip(lower=0, upper=45)
estate["stores_per_km"] = estate["stores"] / (1 + estate["mrt_dist"] / 1000)
estate["year"] = np.floor(estate["date"]).astype(int)

X = estate[["age", "log_mrt", "stores", "stores_per_km", "lat", "lon", "year"]]
y = np.log(estate["price"])
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=8)
huber = HuberRegressor(max_iter=1000).fit(X_tr, y_tr)
print("R2 (log price):", r2_score(y_te, huber.predict(X_te)))
