import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVR
from sklearn.metrics import mean_squared_error

df = pd.read_csv("concrete.csv")
X = df.drop(columns=["strength"]).to_numpy()
y = df["strength"].to_numpy()

kf = KFold(n_splits=5, shuffle=True, random_state=0)
fold_rmse = []
for fold, (tr_idx, va_idx) in enumerate(kf.split(X)):
    scaler = MinMaxScaler()
    X_tr = scaler.fit_transform(X[tr_idx])
    X_va = scaler.transform(X[va_idx])
    model = SVR(C=50.0, epsilon=0.5)
    model.fit(X_tr, y[tr_idx])
    rmse = np.sqrt(mean_squared_error(y[va_idx], model.predict(X_va)))
    fold_rmse.append(rmse)
    print(f"fold {fold}: rmse={rmse:.3f}")

print("mean rmse over folds:", np.mean(fold_rmse))
