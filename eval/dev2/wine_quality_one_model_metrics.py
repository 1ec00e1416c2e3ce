import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

red = pd.read_csv("winequality-red.csv", sep=";")
red["good"] = (red["quality"] >= 7).astype(int)
X = red.drop(columns=["quality", "good"])
y = red["good"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

rf = RandomForestClassifier(n_estimators=500, class_weight="balanced", random_state=42)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]

print("train accuracy", accuracy_score(y_train, rf.predict(X_train)))
print("test accuracy ", accuracy_score(y_test, pred))
print("precision", precision_score(y_test, pred))
print("recall   ", recall_score(y_test, pred))
print("f1       ", f1_score(y_test, pred))
print("roc auc  ", roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))
