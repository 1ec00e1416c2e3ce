"""Tumour subtype from expression profiles, feature selection inside the CV."""
import pickle

from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline

with open("artifacts/expression_matrix.pkl", "rb") as f:
    expr = pickle.load(f)

y = expr.pop("subtype")
X_tr, X_te, y_tr, y_te = train_test_split(expr, y, test_size=0.3, stratify=y, random_state=0)

pipe = Pipeline([
    ("select", SelectKBest(mutual_info_classif)),
    ("lr", LogisticRegression(max_iter=5000)),
])
search = GridSearchCV(pipe, {"select__k": [20, 50, 100], "lr__C": [0.1, 1.0]}, cv=5, scoring="f1_macro")
search.fit(X_tr, y_tr)

keep = X_tr.columns[search.best_estimator_.named_steps["select"].get_support()]
print("selected genes:", len(keep))
print("test macro-F1:", f1_score(y_te, search.predict(X_te), average="macro"))
