import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier, StackingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

otto = pd.read_csv("otto_train.csv")
y = otto["target"].str.replace("Class_", "").astype(int) - 1
counts = otto.filter(like="feat_").to_numpy()

# raw counts next to their log transform, row by row
X = np.column_stack([counts, np.log1p(counts)])
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=123)

stack = StackingClassifier(
    estimators=[("rf", RandomForestClassifier(n_estimators=300, n_jobs=-1)),
                ("svc", SVC(probability=True, C=3))],
    final_estimator=LogisticRegression(max_iter=2000),
    cv=5,
)
stack.fit(X_tr, y_tr)
print("test log loss:", log_loss(y_te, stack.predict_proba(X_te)))
