import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler as MMS
from sklearn.neighbors import KNeighborsRegressor
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_error

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = [c for c in train.columns if c.startswith("f_")]
target = train["target"].to_numpy()

oof = np.zeros(len(train))
test_preds = []
for fold, (tr_idx, va_idx) in enumerate(KFold(n_splits=5, shuffle=True, random_state=42).split(train)):
    mms = MMS()
    X_tr = mms.fit_transform(train.loc[tr_idx, features])
    X_va = mms.transform(train.loc[va_idx, features])
    X_te = mms.transform(test[features])
    knn = KNeighborsRegressor(n_neighbors=25, weights="distance").fit(X_tr, target[tr_idx])
    oof[va_idx] = knn.predict(X_va)
    test_preds.append(knn.predict(X_te))

print("OOF RMSE:", mean_squared_error(target, oof) ** 0.5)
blend = np.mean(np.concatenate([p[None, :] for p in test_preds], axis=0), axis=0)
pd.DataFrame({"id": test["id"], "target": blend}).to_csv("submission.csv", index=False)
