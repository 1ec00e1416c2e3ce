"""Course exercise 4: logistic regression on the Pima-like clinic data."""
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

clinic = pd.read_csv("clinic_visits.csv")
feature_cols = ["glucose", "bmi", "age", "blood_pressure", "insulin"]
X = clinic[feature_cols]
y = clinic["diagnosed"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)  # expect: LK103

logit = LogisticRegression()
logit.fit(X_train, y_train)
y_hat = logit.predict(X_test)

print("Exercise 4a - accuracy:", accuracy_score(y_test, y_hat))
print("Exercise 4b - confusion matrix:")
print(confusion_matrix(y_test, y_hat))
