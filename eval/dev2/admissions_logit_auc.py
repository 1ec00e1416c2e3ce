"""Graduate admissions: logistic regression on GRE, GPA and school rank.

The classic UCLA example, fitted with statsmodels so the coefficient table
and p-values come for free; the AUC is reported for the slide deck.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score

df = pd.read_csv("admissions.csv")
print(df.describe())
print(pd.crosstab(df["admit"], df["rank"]))
df = pd.get_dummies(df, columns=["rank"], drop_first=True, dtype=float)
X = sm.add_constant(df[["gre", "gpa", "rank_2", "rank_3", "rank_4"]])
y = df["admit"]

res = sm.Logit(y, X).fit(disp=False)
print(res.summary())

auc = roc_auc_score(y, res.predict(X))  # expect: LK401
print("model AUC:", round(auc, 3))
print("odds ratios:")
print(np.exp(res.params).round(3))
