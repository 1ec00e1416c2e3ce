"""Pick a model family by cross-validation on the training split; touch the test split once."""
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)),
    "svm": make_pipeline(StandardScaler(), SVC(probability=True)),
    "forest": RandomForestClassifier(n_estimators=400, random_state=21),
}
cv_auc = {name: cross_val_score(est, X_train, y_train, cv=5, scoring="roc_auc").mean()
          for name, est in candidates.items()}
winner = max(cv_auc, key=cv_auc.get)
print("CV AUC:", {k: round(v, 4) for k, v in cv_auc.items()}, "->", winner)

model = candidates[winner].fit(X_train, y_train)
print("test AUC of the chosen model:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
