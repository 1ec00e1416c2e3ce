import pandas as pd
from sklearn.ensemble import RandomForestClassifier

cover = pd.read_csv("forest_cover_train.csv")
X = cover.drop(columns=["Id", "Cover_Type"])
y = cover["Cover_Type"]

rf = RandomForestClassifier(n_estimators=500, oob_score=True, n_jobs=-1, random_state=0)
rf.fit(X, y)
print("out-of-bag accuracy: %.4f" % rf.oob_score_)
importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(15))
