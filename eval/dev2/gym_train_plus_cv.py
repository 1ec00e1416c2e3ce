"""Calories burned per session from member and workout data.

The training fit is printed next to a cross-validated estimate so the
gap between the two (overfitting) is visible in the log.
"""
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

df = pd.read_csv("gym_members.csv")
X = df[["age", "weight_kg", "session_minutes", "avg_bpm", "workouts_per_week"]]
y = df["calories_burned"]
print(df.shape, "members")

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
cv_r2 = cross_val_score(gbr, X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="r2")

gbr.fit(X, y)
print("training R2:", gbr.score(X, y))
print("5-fold CV R2: %.3f +/- %.3f" % (cv_r2.mean(), cv_r2.std()))
for name, imp in sorted(zip(X.columns, gbr.feature_importances_), key=lambda t: -t[1]):
    print(f"{name:20s} {imp:.3f}")
