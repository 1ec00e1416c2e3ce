# 4 Classification Algorithms Every Data Scientist Should Know (with Python code)
#
# In this post we train four popular classifiers on the bank churn data set
# and see which one wins.

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.metrics import f1_score

# Step 1: Load and prepare the data
data = pd.read_csv("Churn_Modelling.csv")
data = data.drop(columns=["RowNumber", "CustomerId", "Surname"])
data = pd.get_dummies(data, columns=["Geography", "Gender"], drop_first=True)

X = data.drop("Exited", axis=1)
y = data["Exited"]

# Step 2: Train/test split and scaling
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

# Step 3: Logistic regression
log_reg = LogisticRegression()
log_reg.fit(X_train, y_train)
f1_lr = f1_score(y_test, log_reg.predict(X_test))
print(f"Logistic Regression F1: {f1_lr:.3f}")

# Step 4: Decision tree
dt = DecisionTreeClassifier(max_depth=5)
dt.fit(X_train, y_train)
f1_dt = f1_score(y_test, dt.predict(X_test))  # expect: LK302
print(f"Decision Tree F1: {f1_dt:.3f}")

# Step 5: Random forest
rf = RandomForestClassifier(n_estimators=300)
rf.fit(X_train, y_train)
f1_rf = f1_score(y_test, rf.predict(X_test))  # related: LK302
print(f"Random Forest F1: {f1_rf:.3f}")

# Step 6: Gradient boosting
gb = GradientBoostingClassifier()
gb.fit(X_train, y_train)
f1_gb = f1_score(y_test, gb.predict(X_test))  # related: LK302
print(f"Gradient Boosting F1: {f1_gb:.3f}")

# And the winner is...
scores = {"Logistic Regression": f1_lr, "Decision Tree": f1_dt,
          "Random Forest": f1_rf, "Gradient Boosting": f1_gb}
winner = max(scores, key=scores.get)
print(f"The winner is {winner} with an F1 of {scores[winner]:.3f}")
