# Dealing with Imbalanced Classes: Random Undersampling in 5 Minutes
#
# Step 1: Imports
import pandas as pd
from collections import Counter
from imblearn.under_sampling import RandomUnderSampler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score

# Step 2: Load the insurance-claims data
claims = pd.read_csv("insurance_claims.csv")
claims = pd.get_dummies(claims.drop(columns=["policy_number", "incident_date"]), drop_first=True)
X = claims.drop(columns=["fraud_reported_Y"])
y = claims["fraud_reported_Y"]
print("Original class distribution:", Counter(y))

# Step 3: Undersample the majority class
rus = RandomUnderSampler(sampling_strategy="majority", random_state=0)
X_bal, y_bal = rus.fit_resample(X, y)  # expect: LK201
print("Balanced class distribution:", Counter(y_bal))

# Step 4: Split and train
X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.25, random_state=0)
forest = RandomForestClassifier(n_estimators=250, random_state=0)
forest.fit(X_train, y_train)

# Step 5: Evaluate
pred = forest.predict(X_test)
print(classification_report(y_test, pred))
print("ROC AUC:", roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1]))
