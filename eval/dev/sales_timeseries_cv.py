"""Weekly sales forecasting: time-ordered CV for tuning, last 20% of weeks held out."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sales = pd.read_csv("weekly_sales.csv", parse_dates=["week"]).sort_values("week")
for k in (1, 2, 4, 52):
    sales[f"lag{k}"] = sales["units"].shift(k)
sales["weekofyear"] = sales["week"].dt.isocalendar().week.astype(int)
sales = sales.dropna().reset_index(drop=True)

features = ["lag1", "lag2", "lag4", "lag52", "weekofyear", "price", "promo"]
cut = int(len(sales) * 0.8)
train, test = sales.iloc[:cut], sales.iloc[cut:]

search = GridSearchCV(
    make_pipeline(StandardScaler(), Ridge()),
    {"ridge__alpha": np.logspace(-3, 3, 13)},
    cv=TimeSeriesSplit(n_splits=5),
    scoring="neg_mean_absolute_error",
)
search.fit(train[features], train["units"])
print("best alpha:", search.best_params_["ridge__alpha"])
print("held-out MAE:", mean_absolute_error(test["units"], search.predict(test[features])))
