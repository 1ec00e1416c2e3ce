import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score

df = pd.read_csv("creditcard.csv")
print(df["Class"].value_counts())
df = df.fillna(df.mean())  # expect: LK105
X = df.drop("Class", axis=1)
y = df["Class"]

sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)  # expect: LK201
print(pd.Series(y_res).value_counts())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.3, random_state=42)
rf = RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print(classification_report(y_test, pred))
print("AUC:", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
