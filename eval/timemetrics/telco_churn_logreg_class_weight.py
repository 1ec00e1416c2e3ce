# Business Analytics 210 - Lab 7: predicting customer churn
#
# Telco customer churn data (IBM sample). About a quarter of the customers churn,
# so we give the minority class more weight.

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

churn = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
churn["TotalCharges"] = pd.to_numeric(churn["TotalCharges"], errors="coerce")
churn = churn.dropna(subset=["TotalCharges"])

y = (churn["Churn"] == "Yes").astype(int)
X = churn.drop(columns=["customerID", "Churn"])

numeric = ["tenure", "MonthlyCharges", "TotalCharges"]
categorical = [c for c in X.columns if c not in numeric]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)

preprocess = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])

clf = Pipeline([
    ("prep", preprocess),
    ("logreg", LogisticRegression(class_weight="balanced", max_iter=1000)),
])
clf.fit(X_train, y_train)

# Q3: how good is the model?
print("Test accuracy:", round(clf.score(X_test, y_test), 3))  # expect: LK601

# Q4: which features matter most?
names = clf.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(clf.named_steps["logreg"].coef_[0], index=names).sort_values()
print(coefs.head(5))
print(coefs.tail(5))
