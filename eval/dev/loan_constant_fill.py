"""Loan approval baseline - missing values filled with fixed constants, no data statistics."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score

loans = pd.read_csv("loan_prediction.csv")
loans["Gender"] = loans["Gender"].fillna("Unknown")
loans["Married"] = loans["Married"].fillna("No")
loans["Self_Employed"] = loans["Self_Employed"].fillna("No")
loans["Credit_History"] = loans["Credit_History"].fillna(0)
loans["LoanAmount"] = loans["LoanAmount"].fillna(0)
loans["Loan_Amount_Term"] = loans["Loan_Amount_Term"].fillna(360)
loans["log_income"] = np.log1p(loans["ApplicantIncome"] + loans["CoapplicantIncome"])
loans["emi"] = loans["LoanAmount"] / loans["Loan_Amount_Term"]

X = pd.get_dummies(loans.drop(columns=["Loan_ID", "Loan_Status"]), drop_first=True)
y = loans["Loan_Status"].map({"Y": 1, "N": 0})

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=17)
tree = DecisionTreeClassifier(max_depth=4, min_samples_leaf=10)
tree.fit(X_train, y_train)
print("accuracy on held-out loans:", accuracy_score(y_test, tree.predict(X_test)))
