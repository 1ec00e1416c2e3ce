import joblib
from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True, as_frame=True)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("rfe", RFE(LogisticRegression(max_iter=2000), n_features_to_select=10)),
    ("clf", LogisticRegression(max_iter=2000)),
])
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
res = cross_validate(pipe, X, y, cv=cv, scoring=("accuracy", "roc_auc"))
print("accuracy %.3f, auc %.3f" % (res["test_accuracy"].mean(), res["test_roc_auc"].mean()))

# final model for deployment, trained on everything once the estimate is known
pipe.fit(X, y)
print("selected:", list(X.columns[pipe.named_steps["rfe"].support_]))
joblib.dump(pipe, "cancer_rfe.joblib")
