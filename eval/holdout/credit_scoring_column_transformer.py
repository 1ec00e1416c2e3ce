"""German credit risk - preprocessing lives in a ColumnTransformer fitted on the training split."""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split as tts
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

credit = pd.read_csv("german_credit_data.csv", index_col=0)
risk = (credit.pop("Risk") == "bad").astype(int)

numeric = ["Age", "Credit amount", "Duration"]
categorical = ["Sex", "Job", "Housing", "Saving accounts", "Checking account", "Purpose"]

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
    ("cat", Pipeline([("impute", SimpleImputer(strategy="constant", fill_value="none")),
                      ("onehot", OneHotEncoder(handle_unknown="ignore"))]), categorical),
])
clf = Pipeline([("prep", preprocess), ("model", LogisticRegression(C=0.3, max_iter=2000))])

c_train, c_test, r_train, r_test = tts(credit, risk, test_size=0.25, stratify=risk, random_state=77)
clf.fit(c_train, r_train)
print("test AUC: %.3f" % roc_auc_score(r_test, clf.predict_proba(c_test)[:, 1]))
