# German credit risk: logistic regression baseline
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

credit = fetch_openml("credit-g", version=1, as_frame=True)
df = credit.frame

# foreign_worker is a protected attribute, leave it out
X = pd.get_dummies(df.drop(columns=["foreign_worker"]), drop_first=True)  # expect: LK501
y = (df["class"] == "bad").astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X_train, y_train)
print("AUC:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
