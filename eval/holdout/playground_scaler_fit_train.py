# Tabular Playground Series - simple ridge baseline
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("/kaggle/input/tabular-playground-series-jan-2021/train.csv")
test = pd.read_csv("/kaggle/input/tabular-playground-series-jan-2021/test.csv")
cont = [f"cont{i}" for i in range(1, 15)]

cv_rmse = -cross_val_score(make_pipeline(StandardScaler(), Ridge(alpha=10.0)), train[cont], train["target"],
                           cv=KFold(5, shuffle=True, random_state=0), scoring="neg_root_mean_squared_error")
print("CV RMSE: %.5f" % np.mean(cv_rmse))

scaler = StandardScaler().fit(train[cont])
ridge = Ridge(alpha=10.0).fit(scaler.transform(train[cont]), train["target"])
pd.DataFrame({"id": test["id"], "target": ridge.predict(scaler.transform(test[cont]))}).to_csv(
    "submission.csv", index=False)
