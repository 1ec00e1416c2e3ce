"""Tumour subtype from expression profiles: linear models on the top genes."""
import pickle

from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

with open("artifacts/expression_matrix.pkl", "rb") as f:
    expr = pickle.load(f)  # samples x genes, plus the "subtype" column

y = expr.pop("subtype")

selector = SelectKBest(mutual_info_classif, k=50).fit(expr, y)  # expect: LK101
keep = expr.columns[selector.get_support()]
expr = expr[keep]
print("kept genes:", list(keep)[:10], "...")

X_tr, X_te, y_tr, y_te = train_test_split(expr, y, test_size=0.3, stratify=y, random_state=0)

lr = LogisticRegression(max_iter=5000).fit(X_tr, y_tr)
print("LR  macro-F1:", f1_score(y_te, lr.predict(X_te), average="macro"))

svc = SVC(kernel="linear", C=0.1).fit(X_tr, y_tr)
print("SVC macro-F1:", f1_score(y_te, svc.predict(X_te), average="macro"))  # expect: LK302
