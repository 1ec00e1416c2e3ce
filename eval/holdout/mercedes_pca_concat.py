# Mercedes-Benz Greener Manufacturing - PCA components as extra features
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")
binary_cols = [c for c in train.columns if c.startswith("X") and train[c].dtype != object]
cat_cols = [c for c in train.columns if c.startswith("X") and train[c].dtype == object]

combined = pd.concat([train[binary_cols], test[binary_cols]], ignore_index=True)
pca = PCA(n_components=12, random_state=420)
pca.fit(combined)  # expect: LK102

pca_train = pd.DataFrame(pca.transform(train[binary_cols]), columns=[f"pca_{i}" for i in range(12)])
pca_test = pd.DataFrame(pca.transform(test[binary_cols]), columns=[f"pca_{i}" for i in range(12)])
codes = {c: {v: i for i, v in enumerate(sorted(train[c].unique()))} for c in cat_cols}
train_feats = pd.concat([train[binary_cols], train[cat_cols].apply(lambda s: s.map(codes[s.name])), pca_train], axis=1)
test_feats = pd.concat([test[binary_cols], test[cat_cols].apply(lambda s: s.map(codes[s.name])).fillna(-1), pca_test], axis=1)

X_a, X_b, y_a, y_b = train_test_split(train_feats, train["y"], test_size=0.2, random_state=420)
gbr = GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.02, subsample=0.9)
gbr.fit(X_a, y_a)
print("R2 on the held-out part:", r2_score(y_b, gbr.predict(X_b)))
pd.DataFrame({"ID": test["ID"], "y": gbr.predict(test_feats)}).to_csv("submission.csv", index=False)
print(np.round(pca.explained_variance_ratio_, 3))
