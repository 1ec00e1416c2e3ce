# Medical insurance charges: binned age/BMI features with pandas + sklearn
import pandas as pd
import numpy as np
from sklearn import preprocessing
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_absolute_error

ins = pd.read_csv("insurance.csv")
print(ins.head())
print(ins.groupby("smoker")["charges"].agg(["mean", "median", "count"]))

ins["smoker"] = ins["smoker"].map({"yes": 1, "no": 0})
ins["sex"] = ins["sex"].map({"male": 1, "female": 0})
ins = ins.join(pd.get_dummies(ins.pop("region"), prefix="region", dtype=int))

kb = preprocessing.KBinsDiscretizer(n_bins=6, encode="ordinal", strategy="quantile")
ins[["age_bin", "bmi_bin"]] = kb.fit_transform(ins[["age", "bmi"]])  # expect: LK101
ins["smoker_x_bmi_bin"] = ins["smoker"] * ins["bmi_bin"]

feature_cols = ["age", "sex", "bmi", "children", "smoker", "age_bin", "bmi_bin", "smoker_x_bmi_bin"] + \
               [c for c in ins.columns if c.startswith("region_")]
X = ins[feature_cols]
y = np.log(ins["charges"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=12)
lin = LinearRegression().fit(X_train, y_train)
pred = lin.predict(X_test)
print("R2 (log charges): %.3f" % r2_score(y_test, pred))
print("MAE ($): %.0f" % mean_absolute_error(np.exp(y_test), np.exp(pred)))
