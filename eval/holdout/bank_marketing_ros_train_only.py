import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

bank = pd.read_csv("bank-full.csv", sep=";")
bank["y"] = bank["y"].eq("yes").astype(int)
bank = pd.get_dummies(bank.drop(columns=["duration"]), drop_first=True)

Xtr, Xte, ytr, yte = train_test_split(bank.drop(columns="y"), bank["y"], test_size=0.2, stratify=bank["y"], random_state=8)

sc = StandardScaler().fit(Xtr)
Xtr_s, Xte_s = sc.transform(Xtr), sc.transform(Xte)
Xtr_bal, ytr_bal = RandomOverSampler(random_state=8).fit_resample(Xtr_s, ytr)

logit = LogisticRegression(max_iter=2000).fit(Xtr_bal, ytr_bal)
print("test ROC AUC:", roc_auc_score(yte, logit.predict_proba(Xte_s)[:, 1]))
