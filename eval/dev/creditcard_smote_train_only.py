"""Fraud detection: oversample the training split only, evaluate on the untouched test split."""
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

frauds = pd.read_csv("creditcard.csv")
features = frauds.drop(columns=["Class"])
labels = frauds["Class"]

X_train, X_test, y_train, y_test = train_test_split(
    features, labels, test_size=0.25, stratify=labels, random_state=99
)

scaler = StandardScaler()
X_train[["Amount", "Time"]] = scaler.fit_transform(X_train[["Amount", "Time"]])
X_test[["Amount", "Time"]] = scaler.transform(X_test[["Amount", "Time"]])

X_train_bal, y_train_bal = SMOTE(sampling_strategy=0.1, random_state=99).fit_resample(X_train, y_train)
print("after SMOTE:", y_train_bal.value_counts().to_dict())

clf = LogisticRegression(max_iter=5000)
clf.fit(X_train_bal, y_train_bal)
print("average precision on the test split:", average_precision_score(y_test, clf.predict_proba(X_test)[:, 1]))
