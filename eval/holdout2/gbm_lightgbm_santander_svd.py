# Santander Value Prediction: SVD components + LightGBM
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.decomposition import TruncatedSVD
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

train = pd.read_csv("../input/santander-value-prediction-challenge/train.csv")
test = pd.read_csv("../input/santander-value-prediction-challenge/test.csv")
y = np.log1p(train["target"].values)
feats = [c for c in train.columns if c not in ("ID", "target")]
print(len(feats), "features")

train_x = np.log1p(train[feats].values)
test_x = np.log1p(test[feats].values)

svd = TruncatedSVD(n_components=50, random_state=0)
svd.fit(np.vstack([train_x, test_x]))  # expect: LK102
train_svd = svd.transform(train_x)
test_svd = svd.transform(test_x)

stats = lambda a: np.column_stack([a.mean(1), a.std(1), (a > 0).sum(1), a.max(1)])
X_full = np.hstack([train_svd, stats(train_x)])
X_sub = np.hstack([test_svd, stats(test_x)])

X_tr, X_va, y_tr, y_va = train_test_split(X_full, y, test_size=0.2, random_state=0)
model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.01, num_leaves=30,
                          colsample_bytree=0.5, subsample=0.8, subsample_freq=1)
model.fit(X_tr, y_tr)
print("valid RMSLE:", np.sqrt(mean_squared_error(y_va, model.predict(X_va))))

model.fit(X_full, y)
pd.DataFrame({"ID": test["ID"], "target": np.expm1(model.predict(X_sub))}).to_csv("submission.csv", index=False)
