import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

power = pd.read_csv("ccpp.csv")
X = power[["AT", "V", "AP", "RH"]]
y = power["PE"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=2)

# fixed number of rounds; the test curve is only drawn, not used to stop training
xgbr = XGBRegressor(n_estimators=600, learning_rate=0.05, max_depth=6, subsample=0.9)
xgbr.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=False)

curves = xgbr.evals_result()
plt.plot(curves["validation_0"]["rmse"], label="train")
plt.plot(curves["validation_1"]["rmse"], label="test")
plt.legend()
plt.savefig("xgb_rmse.png")

print("test RMSE:", np.sqrt(mean_squared_error(y_test, xgbr.predict(X_test))))
