# Stroke prediction: pandas preprocessing, ADASYN balancing, gradient boosting
import pandas as pd
from imblearn.over_sampling import ADASYN
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score, precision_score, roc_auc_score

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
stroke = stroke[stroke["gender"] != "Other"].drop(columns="id")
stroke["bmi"] = stroke["bmi"].fillna(28.1)
stroke["age_group"] = pd.cut(stroke["age"], [0, 18, 40, 60, 80, 120], labels=False)
stroke["high_glucose"] = (stroke["avg_glucose_level"] > 140).astype(int)

dummies = pd.get_dummies(stroke, columns=["gender", "ever_married", "work_type",
                                          "Residence_type", "smoking_status"], drop_first=True, dtype=int)
features = dummies.drop(columns="stroke")
label = dummies["stroke"]
print(label.value_counts())

features_bal, label_bal = ADASYN(random_state=3, n_neighbors=5).fit_resample(features, label)  # expect: LK201
print(label_bal.value_counts())

X_train, X_test, y_train, y_test = train_test_split(features_bal, label_bal, test_size=0.2, random_state=3)
gbc = GradientBoostingClassifier(n_estimators=300, max_depth=3, random_state=3)
gbc.fit(X_train, y_train)
pred = gbc.predict(X_test)
print("recall:", recall_score(y_test, pred))
print("precision:", precision_score(y_test, pred))
print("AUC:", roc_auc_score(y_test, gbc.predict_proba(X_test)[:, 1]))
