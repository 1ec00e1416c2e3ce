import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import mean_absolute_error

sales = pd.read_csv("store_sales.csv", parse_dates=["date"]).sort_values("date")
sales["lag_1"] = sales["sales"].shift(1)
sales["lag_7"] = sales["sales"].shift(7)
sales["roll_mean_7"] = sales["sales"].shift(1).rolling(7).mean()
sales["roll_std_7"] = sales["sales"].shift(1).rolling(7).std()
sales["month"] = sales["date"].dt.month
sales["is_weekend"] = (sales["date"].dt.dayofweek >= 5).astype(int)
sales = sales.dropna()

features = ["lag_1", "lag_7", "roll_mean_7", "roll_std_7", "month", "is_weekend"]
cutoff = pd.Timestamp("2022-07-01")
train = sales[sales["date"] < cutoff]
test = sales[sales["date"] >= cutoff]

tscv = TimeSeriesSplit(n_splits=5)
cv_mae = -cross_val_score(Ridge(alpha=1.0), train[features], train["sales"],
                          cv=tscv, scoring="neg_mean_absolute_error")
print("walk-forward MAE on train:", cv_mae.mean())

model = Ridge(alpha=1.0).fit(train[features], train["sales"])
print("MAE after cutoff:", mean_absolute_error(test["sales"], model.predict(test[features])))
