"""Bank churn: balance the classes, then 5-fold cross-validated gradient boosting."""
import pandas as pd
from imblearn.under_sampling import RandomUnderSampler
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

bank = pd.read_csv("Churn_Modelling.csv")
bank = bank.drop(columns=["RowNumber", "CustomerId", "Surname"])
bank = pd.get_dummies(bank, columns=["Geography", "Gender"], drop_first=True)

X = bank.drop(columns="Exited")
y = bank["Exited"]

rus = RandomUnderSampler(random_state=0)
X_bal, y_bal = rus.fit_resample(X, y)  # expect: LK201

gbc = GradientBoostingClassifier(n_estimators=300, max_depth=3)
scores = cross_val_score(gbc, X_bal, y_bal, cv=5, scoring="recall")
print("recall per fold:", scores.round(3), "mean:", scores.mean().round(3))
