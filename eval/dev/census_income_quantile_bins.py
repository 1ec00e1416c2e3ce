import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

census = pd.read_csv("census_income.csv")
census["label"] = (census["income"].str.strip() == ">50K").astype(int)

# bin age and hours into quartiles of the data
age_edges = census["age"].quantile([0.0, 0.25, 0.5, 0.75, 1.0]).values
census["age_bin"] = pd.cut(census["age"], bins=age_edges, labels=False, include_lowest=True)  # expect: LK105
hours_cap = census["hours_per_week"].quantile(0.99)
census["hours_per_week"] = census["hours_per_week"].clip(upper=hours_cap)  # related: LK105

X = pd.get_dummies(census[["age_bin", "hours_per_week", "education_num", "sex", "race"]].astype(
    {"age_bin": "category"}), drop_first=True)
y = census["label"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=3)
model = LogisticRegression(max_iter=2000).fit(X_train, y_train)
print("AUC:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
