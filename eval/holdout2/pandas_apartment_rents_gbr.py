# Predicting apartment rents with pandas + gradient boosting
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

rent = pd.read_csv("apartments.csv")
rent = rent.dropna(subset=["rent", "sqm", "rooms"])
rent["sqm_per_room"] = rent["sqm"] / rent["rooms"]
rent["has_balcony"] = rent["balcony"].fillna(False).astype(int)
rent["age"] = 2024 - rent["year_built"].fillna(1970)
rent = pd.get_dummies(rent, columns=["district"], dtype=int)
rent = rent.sample(frac=1.0, random_state=0).reset_index(drop=True)

feature_cols = [c for c in rent.columns if c not in ("listing_id", "rent", "balcony", "year_built")]

n_train = int(len(rent) * 0.8)
train = rent.iloc[:n_train]
holdout = train.iloc[-500:]

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, random_state=0)
gbr.fit(train[feature_cols], train["rent"])

pred = gbr.predict(holdout[feature_cols])
print("holdout MAE:", round(mean_absolute_error(holdout["rent"], pred), 1))  # expect: LK202
print("holdout R2:", round(r2_score(holdout["rent"], pred), 3))  # related: LK202
