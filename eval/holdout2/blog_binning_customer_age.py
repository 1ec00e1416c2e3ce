# Feature Engineering 101: Binning Numerical Variables with pandas
#
# Binning turns a noisy continuous variable into a few ordered groups.
# Step 1: load the marketing campaign data
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import roc_auc_score

bank = pd.read_csv("bank-additional-full.csv", sep=";")
bank["y"] = (bank["y"] == "yes").astype(int)
print(bank[["age", "duration", "campaign"]].describe())

# Step 2: equal-frequency bins for age and campaign contacts
bank["age_bin"] = pd.qcut(bank["age"], q=5, labels=False)  # expect: LK105
bank["campaign_bin"] = pd.cut(bank["campaign"], bins=[0, 1, 2, 3, 5, 100], labels=False)

# Step 3: look at the conversion rate per bin
print(bank.groupby("age_bin")["y"].mean())

# Step 4: one-hot the categoricals
features = pd.get_dummies(
    bank[["age_bin", "campaign_bin", "job", "marital", "education", "contact", "month", "poutcome"]],
    columns=["job", "marital", "education", "contact", "month", "poutcome"],
)

# Step 5: model
X_train, X_test, y_train, y_test = train_test_split(features, bank["y"], test_size=0.3, random_state=8)
tree = DecisionTreeClassifier(max_depth=6, min_samples_leaf=50)
tree.fit(X_train, y_train)
print("Test AUC:", roc_auc_score(y_test, tree.predict_proba(X_test)[:, 1]))
