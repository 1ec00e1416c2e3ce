import pandas as pd
from sklearn import model_selection as ms
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("breast_cancer.csv")
y = df["diagnosis"].map({"M": 1, "B": 0})
X = df.drop(columns=["id", "diagnosis"])

X = StandardScaler().fit_transform(X)

models = {
    "logreg": LogisticRegression(max_iter=5000),
    "knn": KNeighborsClassifier(n_neighbors=7),
    "svc": SVC(C=2.0),
    "forest": RandomForestClassifier(n_estimators=300, random_state=0),
}
cv = ms.StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
rows = []
for name, model in models.items():
    scores = ms.cross_val_score(model, X, y, cv=cv, scoring="roc_auc")  # expect: LK104
    rows.append({"model": name, "auc_mean": scores.mean(), "auc_std": scores.std()})

print(pd.DataFrame(rows).sort_values("auc_mean", ascending=False))
