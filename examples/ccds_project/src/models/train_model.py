"""Train the churn model on the processed data and report its test score."""

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

from src.features.build_features import build_features

customers = pd.read_csv("data/processed/customers.csv")
X = build_features(customers)
y = customers["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("test F1:", f1_score(y_test, model.predict(X_test)))
