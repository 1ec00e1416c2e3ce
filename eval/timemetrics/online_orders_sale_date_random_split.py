"""
Exercise 4 - Regression on order data
--------------------------------------
Predict the number of units in an online order from price, discount, channel,
product category and when the sale happened. Each row is one independent order.
"""
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

orders = pd.read_csv("data/online_orders.csv", parse_dates=["sale_date"])
print(orders.shape)
print(orders.dtypes)

# calendar information about the sale
orders["sale_month"] = orders["sale_date"].dt.month
orders["sale_weekday"] = orders["sale_date"].dt.weekday
orders["sale_day"] = orders["sale_date"].dt.day
orders["is_holiday_season"] = orders["sale_month"].isin([11, 12]).astype(int)

orders["discount_pct"] = orders["discount"] / orders["list_price"]
orders["price_per_unit"] = orders["list_price"] * (1 - orders["discount_pct"])

orders = pd.get_dummies(orders, columns=["channel", "category", "region"], drop_first=True)

X = orders.drop(columns=["order_id", "customer_id", "sale_date", "units"])
y = orders["units"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, random_state=42, n_jobs=-1)
rf.fit(X_train, y_train)

pred = rf.predict(X_test)
print("MAE: %.3f" % mean_absolute_error(y_test, pred))
print("R^2: %.3f" % r2_score(y_test, pred))

top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print(top)
