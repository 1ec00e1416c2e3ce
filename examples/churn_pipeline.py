"""Customer churn, done right: preprocessing and resampling live inside the pipeline."""
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

churn = pd.read_csv("churn.csv")
X = churn.drop(columns=["churned", "customer_id"])
y = churn["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)

prep = ColumnTransformer([
    ("num", StandardScaler(), ["tenure", "monthly_charges"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["contract", "payment_method"]),
])
pipe = make_pipeline(prep, SMOTE(random_state=7), LogisticRegression(max_iter=1000))
search = GridSearchCV(pipe, {"logisticregression__C": [0.1, 1.0, 10.0]}, cv=5, scoring="roc_auc")
search.fit(X_train, y_train)

print("cv AUC:", search.best_score_)
print("test AUC:", roc_auc_score(y_test, search.predict_proba(X_test)[:, 1]))
