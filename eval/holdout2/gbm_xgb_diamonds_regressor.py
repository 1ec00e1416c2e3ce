# XGBoost regressor: early stopping on a validation set taken from the training data
import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("diamonds.csv")
for c in ["cut", "color", "clarity"]:
    df[c] = df[c].astype("category")
X = df.drop(columns=["price"])
y = np.log(df["price"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.15, random_state=0)

model = XGBRegressor(n_estimators=5000, learning_rate=0.05, max_depth=7,
                     enable_categorical=True, tree_method="hist",
                     early_stopping_rounds=50, eval_metric="mae")
model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=False)
print("trees used:", model.best_iteration + 1)

pred = np.exp(model.predict(X_test))
print("Test MAE ($): %.1f" % mean_absolute_error(np.exp(y_test), pred))
