"""Flight delay classifier: CatBoost with early stopping on a validation split of the training data."""
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import log_loss
from sklearn.model_selection import train_test_split

flights = pd.read_csv("flights_2019.csv")
flights["delayed"] = (flights["ARR_DELAY"] > 15).astype(int)
cat_features = ["OP_CARRIER", "ORIGIN", "DEST"]
num_features = ["DEP_HOUR", "DISTANCE", "MONTH", "DAY_OF_WEEK"]
X = flights[cat_features + num_features]
y = flights["delayed"]

X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.15, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.15, random_state=0)

train_pool = Pool(X_train, y_train, cat_features=cat_features)
val_pool = Pool(X_val, y_val, cat_features=cat_features)

cb = CatBoostClassifier(iterations=5000, learning_rate=0.08, od_type="Iter", od_wait=150, verbose=500)
cb.fit(train_pool, eval_set=val_pool, use_best_model=True)

test_pool = Pool(X_test, cat_features=cat_features)
print("test log loss:", log_loss(y_test, cb.predict_proba(test_pool)[:, 1]))
