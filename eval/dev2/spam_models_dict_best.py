import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.metrics import f1_score

data = pd.read_csv("spambase.csv")
X = data.drop(columns=["is_spam"])
y = data["is_spam"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=2)

models = {
    "logreg": LogisticRegression(max_iter=3000),
    "nb": GaussianNB(),
    "rf": RandomForestClassifier(n_estimators=300, random_state=2),
    "gb": GradientBoostingClassifier(random_state=2),
}

best_name, best_model, best_score = None, None, -1.0
for name, model in models.items():
    model.fit(X_train, y_train)
    score = f1_score(y_test, model.predict(X_test))  # expect: LK301
    print(f"{name:8s} F1={score:.4f}")
    if score > best_score:
        best_name, best_model, best_score = name, model, score

print("selected:", best_name)
joblib.dump(best_model, "spam_model.joblib")
