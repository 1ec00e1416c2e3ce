"""Inference, not prediction: how do schooling and experience relate to wages?"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

wages = pd.read_csv("cps_wages.csv")
wages["log_wage"] = np.log(wages["wage"])
wages["exper2"] = wages["exper"] ** 2
print(wages[["wage", "educ", "exper"]].describe())

res = smf.ols("log_wage ~ educ + exper + exper2 + female + union", data=wages).fit(cov_type="HC1")
print(res.summary())
print("adjusted R^2:", res.rsquared_adj)
print(res.conf_int().loc[["educ", "female"]])

returns = np.exp(res.params["educ"]) - 1
print(f"one more year of schooling ~ {returns:.1%} higher wage")

plt.hist(res.resid, bins=40)
plt.title("OLS residuals")
plt.savefig("residuals.png")
