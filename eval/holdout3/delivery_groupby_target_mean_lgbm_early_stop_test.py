# %%
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(9)
restaurants = [f"r{i:03d}" for i in range(120)]
rows = [
    {
        "restaurant": rng.choice(restaurants),
        "distance_km": rng.gamma(2.0, 1.5),
        "items": int(rng.integers(1, 8)),
        "rain": int(rng.random() < 0.2),
    }
    for _ in range(20000)
]
orders = pd.DataFrame(rows)
base = {r: rng.normal(25, 6) for r in restaurants}
orders["delivery_minutes"] = (orders["restaurant"].map(base) + 4 * orders["distance_km"]
                              + 1.5 * orders["items"] + 6 * orders["rain"]
                              + rng.normal(0, 4, len(orders)))

# %%
# mean delivery time per restaurant as a feature
orders["rest_mean"] = orders.groupby("restaurant")["delivery_minutes"].transform("mean")  # expect: LK105

features = ["distance_km", "items", "rain", "rest_mean"]
X_tr, X_te, y_tr, y_te = train_test_split(orders[features], orders["delivery_minutes"],
                                          test_size=0.2, random_state=0)

# %%
params = {"objective": "regression_l1", "learning_rate": 0.05, "num_leaves": 31, "verbose": -1}
dtrain = lgb.Dataset(X_tr, y_tr)
dtest = lgb.Dataset(X_te, y_te, reference=dtrain)
booster = lgb.train(params, dtrain, num_boost_round=5000, valid_sets=[dtest],  # expect: LK301
                    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])

pred = booster.predict(X_te, num_iteration=booster.best_iteration)
print("MAE:", mean_absolute_error(y_te, pred))
