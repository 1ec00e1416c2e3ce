"""
Predicting tomorrow's direction of the S&P 500 with a random forest.

Code for the blog post "Beat the market? A random forest on 20 years of index data".
Download the daily history from Yahoo Finance and save it as sp500_daily.csv first.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

sp500 = pd.read_csv("sp500_daily.csv", parse_dates=["Date"], index_col="Date")
sp500 = sp500.sort_index()
sp500 = sp500.drop(columns=["Dividends", "Stock Splits"], errors="ignore")
sp500 = sp500.loc["2000-01-01":].copy()

# The target: does the index close higher tomorrow than today?
sp500["Tomorrow"] = sp500["Close"].shift(-1)
sp500["Target"] = (sp500["Tomorrow"] > sp500["Close"]).astype(int)

# Predictors: how far the close is from its trailing means, and how many
# up-days there were in the trailing window (shifted so today's target is not included)
horizons = [2, 5, 60, 250, 1000]
predictors = []
for horizon in horizons:
    rolling_averages = sp500["Close"].rolling(horizon).mean()

    ratio_column = f"Close_Ratio_{horizon}"
    sp500[ratio_column] = sp500["Close"] / rolling_averages

    trend_column = f"Trend_{horizon}"
    sp500[trend_column] = sp500.shift(1).rolling(horizon).sum()["Target"]

    predictors += [ratio_column, trend_column]

sp500 = sp500.dropna(subset=predictors + ["Tomorrow"])
print(sp500["Target"].value_counts())

X = sp500[predictors]
y = sp500["Target"]

model = RandomForestClassifier(n_estimators=200, min_samples_split=50, random_state=1)

# 5-fold CV so every day gets a prediction
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
scores = cross_val_score(model, X, y, cv=cv, scoring="precision")  # expect: LK502

print("Precision per fold:", np.round(scores, 3))
print("Mean precision: {:.3f}".format(scores.mean()))
print("Share of up days (baseline): {:.3f}".format(y.mean()))
