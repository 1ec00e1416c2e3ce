# Credit Card Fraud: doing the resampling *after* the split
# Oversampling before splitting leaks synthetic copies of test frauds into training,
# so we split first and only resample the training part.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from imblearn.over_sampling import SMOTE

df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df.Class.value_counts())

X = df.drop(columns="Class")
y = df["Class"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=0
)

rs = RobustScaler()
X_train[["Time", "Amount"]] = rs.fit_transform(X_train[["Time", "Amount"]])
X_test[["Time", "Amount"]] = rs.transform(X_test[["Time", "Amount"]])

X_train_bal, y_train_bal = SMOTE(random_state=0).fit_resample(X_train, y_train)
print("balanced training set:", np.bincount(y_train_bal))

model = LogisticRegression(C=0.1, max_iter=2000)
model.fit(X_train_bal, y_train_bal)

train_auc = roc_auc_score(y_train, model.predict_proba(X_train)[:, 1])
test_proba = model.predict_proba(X_test)[:, 1]
test_auc = roc_auc_score(y_test, test_proba)
print(f"AUC train: {train_auc:.4f} | test: {test_auc:.4f}")
print("Average precision (test):", average_precision_score(y_test, test_proba))
print(classification_report(y_test, (test_proba > 0.5).astype(int), digits=4))
