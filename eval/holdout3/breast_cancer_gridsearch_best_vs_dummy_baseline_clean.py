from sklearn.datasets import load_breast_cancer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

data = load_breast_cancer()
X_tr, X_te, y_tr, y_te = train_test_split(data.data, data.target, test_size=0.25,
                                          stratify=data.target, random_state=0)

pipe = Pipeline([("sc", StandardScaler()), ("svc", SVC())])
grid = {"svc__C": [0.1, 1, 10, 100], "svc__kernel": ["linear", "rbf"]}
search = GridSearchCV(pipe, grid, cv=5, scoring="f1").fit(X_tr, y_tr)
print("chosen by CV:", search.best_params_)

baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("baseline F1:", f1_score(y_te, baseline.predict(X_te)))
print("tuned SVC F1:", f1_score(y_te, search.predict(X_te)))
