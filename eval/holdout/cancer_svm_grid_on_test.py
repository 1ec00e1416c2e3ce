# Tuning an SVM for the Wisconsin diagnostic data (course project)
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=12)

model = Pipeline([("std", StandardScaler()), ("svm", SVC())])
model.fit(X_train, y_train)
print("untuned test accuracy:", accuracy_score(y_test, model.predict(X_test)))

tuner = GridSearchCV(model, {"svm__C": [0.1, 1, 10, 100], "svm__gamma": [0.001, 0.01, 0.1]}, cv=3)
tuner.fit(X_test, y_test)  # expect: LK301
print("best parameters:", tuner.best_params_)
model.set_params(**tuner.best_params_)
model.fit(X_train, y_train)
