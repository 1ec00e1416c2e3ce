# %%
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(9)
orders = pd.DataFrame({
    "distance_km": rng.gamma(2.0, 1.5, 20000),
    "items": rng.integers(1, 8, 20000),
    "rain": (rng.random(20000) < 0.2).astype(int),
    "prep_minutes": rng.normal(14, 4, 20000),
})
orders["delivery_minutes"] = (orders["prep_minutes"] + 4 * orders["distance_km"]
                              + 1.5 * orders["items"] + 6 * orders["rain"] + rng.normal(0, 4, 20000))

features = ["distance_km", "items", "rain", "prep_minutes"]
X_full, X_te, y_full, y_te = train_test_split(orders[features], orders["delivery_minutes"],
                                              test_size=0.2, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_full, y_full, test_size=0.15, random_state=1)

# %%
params = {"objective": "regression_l1", "learning_rate": 0.05, "num_leaves": 31, "verbose": -1}
dtrain = lgb.Dataset(X_tr, y_tr)
dvalid = lgb.Dataset(X_va, y_va, reference=dtrain)
booster = lgb.train(params, dtrain, num_boost_round=5000, valid_sets=[dvalid],
                    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])

pred = booster.predict(X_te, num_iteration=booster.best_iteration)
print("test MAE:", mean_absolute_error(y_te, pred))
