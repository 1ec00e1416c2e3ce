import numpy as np
import pandas as pd
import sklearn.impute as ski
import sklearn.preprocessing as skp
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

loans = pd.read_csv("loans.csv")
loans["default"] = loans["status"].isin(["Charged Off", "Default"]).astype(int)
num_cols = ["income", "loan_amount", "term_months", "credit_score"]

loans[num_cols] = ski.SimpleImputer(strategy="median").fit(loans[num_cols]).transform(loans[num_cols])  # expect: LK101

kb = skp.KBinsDiscretizer(n_bins=8, encode="ordinal", strategy="quantile")
loans["income_bin"] = kb.fit_transform(loans[["income"]]).ravel()  # expect: LK101
loans["dti"] = loans["loan_amount"] / (loans["income"] + 1.0)

feature_cols = num_cols + ["income_bin", "dti"]
train = loans.sample(frac=0.8, random_state=11)
test = loans.drop(train.index)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3)
gb.fit(train[feature_cols], train["default"])
auc = roc_auc_score(test["default"], gb.predict_proba(test[feature_cols])[:, 1])
print("holdout AUC", round(auc, 4))
