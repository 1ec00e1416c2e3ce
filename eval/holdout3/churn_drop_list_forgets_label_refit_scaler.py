"""Churn baseline for the Q4 review."""
import sklearn.preprocessing as pp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from churnlib.io import load_customers

customers = load_customers("2023-q4")
print(customers.shape)

# free text and identifiers are no use to the model
DROP = ["customer_id", "signup_channel", "last_contact_note"]
X = customers.drop(columns=DROP)  # expect: LK501
y = customers["churned"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

sc = pp.StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)  # expect: LK103

clf = LogisticRegression(max_iter=2000).fit(X_train, y_train)
print("test AUC:", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
