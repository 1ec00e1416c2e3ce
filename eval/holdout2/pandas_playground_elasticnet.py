# Playground regression: shared preprocessing of train and test with a concat flag
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import ElasticNet
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

full = pd.concat([train.assign(is_train=1), test.assign(is_train=0)], ignore_index=True)
num_cols = [c for c in full.columns if c.startswith("cont")]
cat_cols = [c for c in full.columns if c.startswith("cat")]

full[num_cols] = StandardScaler().fit_transform(full[num_cols])  # expect: LK102
full = pd.get_dummies(full, columns=cat_cols, drop_first=True)

train = full[full["is_train"] == 1].drop(columns=["is_train"])
test = full[full["is_train"] == 0].drop(columns=["is_train", "target"])

X = train.drop(columns=["id", "target"])
y = train["target"]
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=0)

enet = ElasticNet(alpha=0.001, l1_ratio=0.5, max_iter=10000)
enet.fit(X_tr, y_tr)
print("valid RMSE:", np.sqrt(mean_squared_error(y_va, enet.predict(X_va))))

enet.fit(X, y)
pd.DataFrame({"id": test["id"], "target": enet.predict(test.drop(columns=["id"]))}).to_csv("submission.csv", index=False)
