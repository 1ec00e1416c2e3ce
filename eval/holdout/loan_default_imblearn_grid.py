from imblearn.pipeline import make_pipeline
from imblearn.under_sampling import RandomUnderSampler
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report
from sklearn.model_selection import GridSearchCV, train_test_split

loans = pd.read_csv("loan_default.csv")
loans = pd.get_dummies(loans.drop(columns=["LoanID"]), drop_first=True)
X, y = loans.drop(columns="Default"), loans["Default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

pipe = make_pipeline(RandomUnderSampler(random_state=1), RandomForestClassifier(random_state=1))
search = GridSearchCV(pipe, {"randomforestclassifier__max_depth": [6, 10, None],
                             "randomforestclassifier__n_estimators": [200, 500]},
                      scoring="average_precision", cv=5, n_jobs=-1)
search.fit(X_train, y_train)
print(search.best_params_)
print(classification_report(y_test, search.predict(X_test)))
