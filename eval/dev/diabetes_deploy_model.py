"""Train the production risk model: estimate with CV, then fit once on all rows."""
import joblib
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

FEATURES = ["Pregnancies", "Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI", "Age"]

df = pd.read_csv("diabetes.csv")
df[FEATURES[1:6]] = df[FEATURES[1:6]].replace(0, float("nan"))
X = df[FEATURES]
y = df["Outcome"]

model = Pipeline(steps=[
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("logreg", LogisticRegression(C=0.5, max_iter=1000)),
])

cv_auc = cross_val_score(model, X, y, cv=10, scoring="roc_auc")
print(f"10-fold AUC {cv_auc.mean():.3f} +/- {cv_auc.std():.3f}")

model.fit(X, y)
joblib.dump(model, "diabetes_risk.joblib")
