import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

beans = pd.read_excel("Dry_Bean_Dataset.xlsx")
X = beans.drop(columns="Class")
y = beans["Class"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectFromModel(ExtraTreesClassifier(n_estimators=200, random_state=0))),
    ("clf", LogisticRegression(max_iter=3000)),
])
gs = GridSearchCV(pipe, {"select__threshold": ["mean", "median"], "clf__C": [0.1, 1, 10]}, cv=5, n_jobs=-1)
gs.fit(X_tr, y_tr)
print(gs.best_params_)
print("test accuracy:", accuracy_score(y_te, gs.predict(X_te)))
