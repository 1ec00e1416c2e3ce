"""Default prediction on the 2016 loan book."""
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from lendingclub.load import load_loans

FEATURES = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "revol_util"]
TARGET = "defaulted"

loans = load_loans(year=2016)
income_median = loans["annual_inc"].median()

train, test = train_test_split(loans, test_size=0.2, random_state=1, stratify=loans[TARGET])
train = train.copy()
test = test.copy()

train["annual_inc"] = train["annual_inc"].fillna(income_median)  # expect: LK105
test["annual_inc"] = test["annual_inc"].fillna(train["annual_inc"].median())

clf = HistGradientBoostingClassifier(max_iter=300, random_state=1)
clf.fit(train[FEATURES], train[TARGET])
print("AUC:", roc_auc_score(test[TARGET], clf.predict_proba(test[FEATURES])[:, 1]))
