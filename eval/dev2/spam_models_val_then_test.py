import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.base import clone
from sklearn.metrics import f1_score

data = pd.read_csv("spambase.csv")
X = data.drop(columns=["is_spam"])
y = data["is_spam"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=2)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=3)

models = {
    "logreg": LogisticRegression(max_iter=3000),
    "nb": GaussianNB(),
    "rf": RandomForestClassifier(n_estimators=300, random_state=2),
    "gb": GradientBoostingClassifier(random_state=2),
}

best_name, best_score = None, -1.0
for name, model in models.items():
    model.fit(X_tr, y_tr)
    score = f1_score(y_val, model.predict(X_val))
    print(f"{name:8s} validation F1={score:.4f}")
    if score > best_score:
        best_name, best_score = name, score

final = clone(models[best_name]).fit(X_train, y_train)
print(best_name, "test F1:", f1_score(y_test, final.predict(X_test)))
joblib.dump(final, "spam_model.joblib")
