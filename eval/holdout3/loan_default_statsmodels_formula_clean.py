"""Logit model of default written with a patsy formula (econometrics seminar)."""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(31)
n = 3000
df = pd.DataFrame({
    "income": rng.lognormal(10.6, 0.4, n),
    "age": rng.integers(21, 70, n),
    "region": rng.choice(["north", "south", "east", "west"], n),
    "debt_ratio": rng.beta(2, 5, n),
})
lin = -2 + 4 * df["debt_ratio"] - 0.00001 * df["income"] + 0.01 * (df["age"] < 30)
df["default"] = (rng.random(n) < 1 / (1 + np.exp(-lin))).astype(int)

train, test = train_test_split(df, test_size=0.3, random_state=0)

res = smf.logit("default ~ np.log(income) + age + debt_ratio + C(region)", data=train).fit(disp=0)
print(res.summary())

p_test = res.predict(test)
print("test AUC:", roc_auc_score(test["default"], p_test))
