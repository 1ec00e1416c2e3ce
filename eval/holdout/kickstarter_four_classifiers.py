# Kickstarter project success - which classifier works best?
import pandas as pd
import sklearn.metrics as skm
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import AdaBoostClassifier, RandomForestClassifier

ks = pd.read_csv("ks-projects-201801.csv", parse_dates=["deadline", "launched"])
ks = ks[ks.state.isin(["failed", "successful"])]
ks["success"] = (ks.state == "successful").astype(int)
ks["duration_days"] = (ks.deadline - ks.launched).dt.days
ks["launch_month"] = ks.launched.dt.month
X = pd.get_dummies(ks[["main_category", "currency", "usd_goal_real", "duration_days", "launch_month"]],
                   columns=["main_category", "currency"])
y = ks["success"]

x_tr, x_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=99)

nb = GaussianNB().fit(x_tr, y_tr)
print("naive bayes  F1:", skm.f1_score(y_te, nb.predict(x_te)))

logreg = LogisticRegression(max_iter=3000).fit(x_tr, y_tr)
print("logistic     F1:", skm.f1_score(y_te, logreg.predict(x_te)))  # expect: LK302

ada = AdaBoostClassifier(n_estimators=300).fit(x_tr, y_tr)
print("adaboost     F1:", skm.f1_score(y_te, ada.predict(x_te)))  # related: LK302

forest = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(x_tr, y_tr)
print("forest       F1:", skm.f1_score(y_te, forest.predict(x_te)))  # related: LK302
