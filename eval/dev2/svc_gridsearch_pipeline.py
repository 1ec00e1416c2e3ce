import pandas as pd
import sklearn.preprocessing as skp
from sklearn import model_selection as ms
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC

df = pd.read_csv("satellite.csv")
X = df.drop(columns=["land_class"])
y = df["land_class"]
X_train, X_test, y_train, y_test = ms.train_test_split(X, y, test_size=0.25, stratify=y, random_state=4)

pipe = Pipeline([
    ("imp", SimpleImputer(strategy="median")),
    ("sc", skp.StandardScaler()),
    ("svc", SVC()),
])
param_grid = {"svc__C": [0.1, 1, 10, 100], "svc__gamma": [1e-3, 1e-2, 1e-1, "scale"]}
grid = ms.GridSearchCV(pipe, param_grid, cv=5, scoring="accuracy", n_jobs=-1)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_)
print("best cv accuracy: %.4f" % grid.best_score_)
print("test accuracy: %.4f" % grid.score(X_test, y_test))
