# Loan approval: pandas cleaning where statistics come from the training rows
import pandas as pd
import sklearn as sk
import sklearn.ensemble
import sklearn.metrics
import sklearn.model_selection

loan = pd.read_csv("loan_prediction.csv")
loan = loan.drop(columns="Loan_ID")
loan["Loan_Status"] = loan["Loan_Status"].map({"Y": 1, "N": 0})
loan["Dependents"] = loan["Dependents"].replace("3+", "3").astype(float)
loan["TotalIncome"] = loan["ApplicantIncome"] + loan["CoapplicantIncome"]

X = pd.get_dummies(loan.drop(columns="Loan_Status"), dummy_na=True, drop_first=True)
y = loan["Loan_Status"]

X_train, X_test, y_train, y_test = sk.model_selection.train_test_split(X, y, test_size=0.25, random_state=6, stratify=y)

train_medians = X_train.median(numeric_only=True)
X_train = X_train.fillna(train_medians)
X_test = X_test.fillna(train_medians)

X_train["LoanAmount_to_income"] = X_train["LoanAmount"] / X_train["TotalIncome"]
X_test["LoanAmount_to_income"] = X_test["LoanAmount"] / X_test["TotalIncome"]

rf = sk.ensemble.RandomForestClassifier(n_estimators=300, max_depth=8, random_state=6)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print("accuracy:", round(sk.metrics.accuracy_score(y_test, pred), 4))
print("F1:", round(sk.metrics.f1_score(y_test, pred), 4))
