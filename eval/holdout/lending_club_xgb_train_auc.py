"""Credit risk scorecard prototype."""
import pandas as pd
from sklearn.metrics import roc_auc_score
from xgboost import XGBClassifier

loans = pd.read_csv("lending_club_2015.csv", low_memory=False)
loans = loans[loans.loan_status.isin(["Fully Paid", "Charged Off"])]
loans["bad"] = (loans.loan_status == "Charged Off").astype(int)
loans["term_months"] = loans.term.str.extract(r"(\d+)").astype(int)
loans["emp_years"] = loans.emp_length.str.extract(r"(\d+)").astype(float)

cols = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "fico_range_low",
        "revol_util", "open_acc", "term_months", "emp_years"]
X = loans[cols]
y = loans["bad"]

scorecard = XGBClassifier(n_estimators=600, max_depth=4, learning_rate=0.05, subsample=0.8)
scorecard.fit(X, y)
pd_hat = scorecard.predict_proba(X)[:, 1]
print("Gini:", 2 * roc_auc_score(y, pd_hat) - 1)  # expect: LK401
loans.assign(pd=pd_hat)[["id", "pd"]].to_csv("scores.csv", index=False)
