import pandas as pd
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

df = pd.read_csv("satellite.csv")
X = df.drop(columns=["land_class"])
y = df["land_class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=4)

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

param_grid = {"C": [0.1, 1, 10, 100], "gamma": [1e-3, 1e-2, 1e-1, "scale"]}
grid = GridSearchCV(SVC(), param_grid, cv=5, scoring="accuracy", n_jobs=-1)
grid.fit(X_train_s, y_train)  # expect: LK104
print("best params:", grid.best_params_)
print("best cv accuracy: %.4f" % grid.best_score_)
print("test accuracy: %.4f" % grid.score(X_test_s, y_test))
