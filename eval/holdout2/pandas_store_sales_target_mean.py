# Retail weekly sales: pandas feature engineering + ridge regression
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

sales = pd.read_csv("weekly_sales.csv", parse_dates=["week"])
stores = pd.read_csv("stores.csv")
sales = sales.merge(stores, on="store_id", how="left")

sales["weekofyear"] = sales["week"].dt.isocalendar().week.astype(int)
sales["month"] = sales["week"].dt.month
sales["is_holiday_week"] = sales["holiday_flag"].astype(int)
sales["log_size"] = np.log(sales["store_size"])

# mean sales level of each store and each department
sales["store_mean_sales"] = sales.groupby("store_id")["weekly_sales"].transform("mean")  # expect: LK105
sales["dept_mean_sales"] = sales.groupby("dept_id")["weekly_sales"].transform("mean")  # related: LK105

sales = pd.get_dummies(sales, columns=["store_type"], drop_first=True)
features = ["weekofyear", "month", "is_holiday_week", "log_size", "temperature",
            "fuel_price", "store_mean_sales", "dept_mean_sales"] + \
           [c for c in sales.columns if c.startswith("store_type_")]

X_train, X_test, y_train, y_test = train_test_split(
    sales[features], sales["weekly_sales"], test_size=0.2, random_state=0)

ridge = Ridge(alpha=1.0).fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, ridge.predict(X_test)))
print(pd.Series(ridge.coef_, index=features).round(2))
