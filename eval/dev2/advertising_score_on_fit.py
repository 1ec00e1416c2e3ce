"""Advertising budget vs. sales (ISLR chapter 3).

A plain least-squares fit of sales on the three media budgets. The script
prints the fitted coefficients and the R^2 that goes into the weekly report,
then stores nothing: it is a quick look, run from the notebook server.
"""
import matplotlib.pyplot as plt
import pandas as pd
from sklearn.linear_model import LinearRegression

df = pd.read_csv("advertising.csv")
print(df.describe())
print(df.corr())

fig, axes = plt.subplots(1, 3, figsize=(12, 4), sharey=True)
for ax, col in zip(axes, ["TV", "radio", "newspaper"]):
    ax.scatter(df[col], df["sales"], s=10)
    ax.set_xlabel(col)
fig.savefig("budgets_vs_sales.png")

X = df[["TV", "radio", "newspaper"]]
y = df["sales"]

reg = LinearRegression().fit(X, y)
print("intercept", reg.intercept_)
print("coefficients", dict(zip(X.columns, reg.coef_.round(4))))
print("R^2:", reg.score(X, y))  # expect: LK401
