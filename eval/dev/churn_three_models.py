import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

telco = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
telco["TotalCharges"] = pd.to_numeric(telco["TotalCharges"], errors="coerce").fillna(0.0)
telco["Churn"] = (telco["Churn"] == "Yes").astype(int)
X = pd.get_dummies(telco.drop(columns=["customerID", "Churn"]), drop_first=True)
y = telco["Churn"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

lr = LogisticRegression(max_iter=5000)
lr.fit(X_train, y_train)
print("Logistic regression AUC:", roc_auc_score(y_test, lr.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, random_state=1)
rf.fit(X_train, y_train)
print("Random forest AUC:", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))  # expect: LK302

gb = GradientBoostingClassifier(random_state=1)
gb.fit(X_train, y_train)
print("Gradient boosting AUC:", roc_auc_score(y_test, gb.predict_proba(X_test)[:, 1]))  # related: LK302
