import numpy as np
import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")
test_ID = test["Id"]
train.drop("Id", axis=1, inplace=True)
test.drop("Id", axis=1, inplace=True)

# drop the two famous outliers
train = train.drop(train[(train["GrLivArea"] > 4000) & (train["SalePrice"] < 300000)].index)
y_train = np.log1p(train["SalePrice"].values)
ntrain = train.shape[0]

all_data = pd.concat((train, test)).reset_index(drop=True)
all_data.drop(["SalePrice"], axis=1, inplace=True)
print("all_data size is : {}".format(all_data.shape))

for col in ("PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType"):
    all_data[col] = all_data[col].fillna("None")
num_cols = all_data.select_dtypes(exclude="object").columns
all_data[num_cols] = all_data[num_cols].fillna(all_data[num_cols].median())  # expect: LK105
all_data["TotalSF"] = all_data["TotalBsmtSF"] + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
num_cols = num_cols.append(pd.Index(["TotalSF"]))

scaler = RobustScaler()
all_data[num_cols] = scaler.fit_transform(all_data[num_cols])  # expect: LK102
all_data = pd.get_dummies(all_data)

train = all_data[:ntrain]
test = all_data[ntrain:]

X_tr, X_val, y_tr, y_val = train_test_split(train, y_train, test_size=0.2, random_state=1)
lasso = Lasso(alpha=0.0005, max_iter=50000)
lasso.fit(X_tr, y_tr)
rmse = np.sqrt(mean_squared_error(y_val, lasso.predict(X_val)))
print("validation RMSE (log):", rmse)

lasso.fit(train, y_train)
sub = pd.DataFrame({"Id": test_ID, "SalePrice": np.expm1(lasso.predict(test))})
sub.to_csv("submission.csv", index=False)
