import lightgbm as lgb
import pandas as pd
from sklearn.metrics import log_loss
from sklearn.model_selection import train_test_split

clicks = pd.read_csv("avazu_sample.csv")
clicks["hour_of_day"] = clicks["hour"] % 100
cat_cols = ["site_category", "app_category", "device_type", "banner_pos", "device_conn_type"]
for c in cat_cols:
    clicks[c] = clicks[c].astype("category")
use = cat_cols + ["hour_of_day", "C1", "C14", "C15", "C16", "C17", "C18", "C19", "C20", "C21"]

X_dev, X_test, y_dev, y_test = train_test_split(clicks[use], clicks["click"], test_size=0.2, random_state=1)
X_fit, X_val, y_fit, y_val = train_test_split(X_dev, y_dev, test_size=0.1, random_state=1)

d_fit = lgb.Dataset(X_fit, y_fit)
d_val = lgb.Dataset(X_val, y_val, reference=d_fit)
model = lgb.train({"objective": "binary", "learning_rate": 0.05, "num_leaves": 63, "verbose": -1},
                  d_fit, num_boost_round=4000, valid_sets=[d_val],
                  callbacks=[lgb.early_stopping(100)])
print("test logloss:", log_loss(y_test, model.predict(X_test, num_iteration=model.best_iteration)))
