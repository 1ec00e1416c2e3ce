import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

sales = pd.read_csv("store_sales.csv", parse_dates=["date"]).sort_values("date")
sales["promo_z"] = (sales["promo_spend"] - sales["promo_spend"].mean()) / sales["promo_spend"].std()  # expect: LK105
sales["lag_7"] = sales["sales"].shift(7)
sales["rolling_28"] = sales["sales"].shift(1).rolling(28).mean()
sales["dow"] = sales["date"].dt.dayofweek
sales = sales.dropna()

features = ["promo_z", "lag_7", "rolling_28", "dow"]
X_train, X_test, y_train, y_test = train_test_split(
    sales[features], sales["sales"], test_size=0.2, shuffle=False
)

model = xgb.XGBRegressor(n_estimators=2000, learning_rate=0.03, max_depth=5, early_stopping_rounds=100)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)  # expect: LK301
print("best iteration:", model.best_iteration)
print("MAE:", mean_absolute_error(y_test, model.predict(X_test)))
