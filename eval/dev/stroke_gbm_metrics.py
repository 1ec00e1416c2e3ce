import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score,
                             precision_score, recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
stroke = stroke.drop(columns=["id"])
stroke = pd.get_dummies(stroke, columns=["gender", "ever_married", "work_type",
                                         "Residence_type", "smoking_status"])
y = stroke.pop("stroke")
X = stroke

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=12)

hgb = HistGradientBoostingClassifier(class_weight="balanced", max_iter=300)
hgb.fit(X_train, y_train)
pred = hgb.predict(X_test)
proba = hgb.predict_proba(X_test)[:, 1]

print("accuracy ", accuracy_score(y_test, pred))
print("precision", precision_score(y_test, pred))
print("recall   ", recall_score(y_test, pred))
print("f1       ", f1_score(y_test, pred))
print("roc auc  ", roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))
