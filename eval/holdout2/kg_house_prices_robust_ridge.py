# House Prices: Advanced Regression Techniques
# Simple ridge baseline with robust scaling (public LB ~0.125)

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

train = pd.read_csv("../input/house-prices-advanced-regression-techniques/train.csv")
test = pd.read_csv("../input/house-prices-advanced-regression-techniques/test.csv")
print(train.shape, test.shape)
print(train["SalePrice"].describe())

sns.histplot(np.log1p(train["SalePrice"]), kde=True)
plt.title("log1p(SalePrice)")
plt.show()

# drop the two famous outliers
train = train.drop(train[(train["GrLivArea"] > 4000) & (train["SalePrice"] < 300000)].index)

y = np.log1p(train["SalePrice"]).values
ntrain = train.shape[0]
test_ids = test["Id"]

all_data = pd.concat((train, test)).reset_index(drop=True)
all_data.drop(["SalePrice", "Id"], axis=1, inplace=True)
print("all_data size is : {}".format(all_data.shape))

# NaN here mostly means "the house has no such thing"
none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType",
             "GarageFinish", "GarageQual", "GarageCond", "BsmtQual", "BsmtCond",
             "BsmtExposure", "BsmtFinType1", "BsmtFinType2", "MasVnrType"]
zero_cols = ["GarageYrBlt", "GarageArea", "GarageCars", "BsmtFinSF1", "BsmtFinSF2",
             "BsmtUnfSF", "TotalBsmtSF", "BsmtFullBath", "BsmtHalfBath", "MasVnrArea",
             "LotFrontage"]
for col in none_cols:
    all_data[col] = all_data[col].fillna("None")
for col in zero_cols:
    all_data[col] = all_data[col].fillna(0)

all_data["TotalSF"] = all_data["TotalBsmtSF"] + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)
for col in ["LotArea", "GrLivArea", "1stFlrSF", "TotalSF"]:
    all_data[col] = np.log1p(all_data[col])

numeric_cols = all_data.select_dtypes(exclude="object").columns
all_data = pd.get_dummies(all_data).fillna(0)

scaler = RobustScaler()
all_data[numeric_cols] = scaler.fit_transform(all_data[numeric_cols])  # expect: LK102

X = all_data[:ntrain]
X_sub = all_data[ntrain:]

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=42)
ridge = Ridge(alpha=10)
ridge.fit(X_tr, y_tr)
rmse = np.sqrt(mean_squared_error(y_val, ridge.predict(X_val)))
print(f"Validation RMSE (log scale): {rmse:.4f}")

# refit on everything we have and submit
ridge.fit(X, y)
preds = np.expm1(ridge.predict(X_sub))
pd.DataFrame({"Id": test_ids, "SalePrice": preds}).to_csv("submission.csv", index=False)
