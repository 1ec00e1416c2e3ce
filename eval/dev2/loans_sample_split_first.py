import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

loans = pd.read_csv("loans.csv")
loans["default"] = loans["status"].isin(["Charged Off", "Default"]).astype(int)
num_cols = ["income", "loan_amount", "term_months", "credit_score"]

train = loans.sample(frac=0.8, random_state=11)
test = loans.drop(train.index)

imp = SimpleImputer(strategy="median")
train_X = pd.DataFrame(imp.fit_transform(train[num_cols]), columns=num_cols, index=train.index)
test_X = pd.DataFrame(imp.transform(test[num_cols]), columns=num_cols, index=test.index)

income_edges = np.quantile(train_X["income"], np.linspace(0, 1, 9)[1:-1])
train_X["income_bin"] = np.digitize(train_X["income"], income_edges)
test_X["income_bin"] = np.digitize(test_X["income"], income_edges)

for part in (train_X, test_X):
    part["dti"] = part["loan_amount"] / (part["income"] + 1.0)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3)
gb.fit(train_X, train["default"])
auc = roc_auc_score(test["default"], gb.predict_proba(test_X)[:, 1])
print("holdout AUC", round(auc, 4))
