import pandas as pd
from imblearn.over_sampling import ADASYN
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

claims = pd.read_csv("insurance_claims.csv")
claims["fraud"] = (claims.pop("fraud_reported") == "Y").astype(int)
claims = claims.drop(columns=["policy_number", "policy_bind_date", "incident_date", "incident_location", "_c39"])
claims = pd.get_dummies(claims, drop_first=True)

X, y = claims.drop(columns="fraud"), claims["fraud"]
X_os, y_os = ADASYN(random_state=3, n_neighbors=5).fit_resample(X, y)  # expect: LK201

X_tr, X_te, y_tr, y_te = train_test_split(X_os, y_os, test_size=0.3, random_state=3)
rf = RandomForestClassifier(n_estimators=300, random_state=3).fit(X_tr, y_tr)
print("F1 (fraud):", f1_score(y_te, rf.predict(X_te)))
