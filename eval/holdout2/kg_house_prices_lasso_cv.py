# House prices: Lasso in a pipeline, scored with K-fold CV
import numpy as np
import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import KFold, cross_val_score

train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")

train = train[train.GrLivArea < 4500].reset_index(drop=True)
y_train = np.log1p(train.SalePrice.values)
n_train = len(train)

# one-hot encoding is stateless, so doing it on the concatenation only aligns columns
all_data = pd.concat([train.drop(columns=["SalePrice"]), test], ignore_index=True)
all_data = all_data.drop(columns=["Id", "Utilities"])

for col in ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu",
            "GarageType", "GarageFinish", "GarageQual", "GarageCond",
            "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1", "BsmtFinType2"]:
    all_data[col] = all_data[col].fillna("None")

num_cols = all_data.select_dtypes(include=[np.number]).columns
all_data[num_cols] = all_data[num_cols].fillna(0)
all_data["TotalSF"] = all_data["TotalBsmtSF"] + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
all_data["Age"] = all_data["YrSold"] - all_data["YearBuilt"]
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)
all_data = pd.get_dummies(all_data, dummy_na=False)
print(all_data.shape)

train_x = all_data.iloc[:n_train]
test_x = all_data.iloc[n_train:]

n_folds = 5

def rmsle_cv(model):
    kf = KFold(n_folds, shuffle=True, random_state=42)
    rmse = np.sqrt(-cross_val_score(model, train_x.values, y_train, scoring="neg_mean_squared_error", cv=kf))
    return rmse

lasso = make_pipeline(RobustScaler(), Lasso(alpha=0.0005, random_state=1, max_iter=50000))
score = rmsle_cv(lasso)
print("Lasso score: {:.4f} ({:.4f})".format(score.mean(), score.std()))

lasso.fit(train_x.values, y_train)
pred = np.expm1(lasso.predict(test_x.values))
pd.DataFrame({"Id": test.Id, "SalePrice": pred}).to_csv("submission.csv", index=False)
