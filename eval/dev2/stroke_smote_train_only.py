"""Stroke prediction: SMOTE on the training part, XGBoost.
"""
import pandas as pd
import xgboost as xgb
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.metrics import classification_report, roc_auc_score

df = pd.read_csv("stroke.csv").dropna(subset=["bmi"])
df = pd.get_dummies(df.drop(columns=["id"]), drop_first=True)
y = df.pop("stroke")
X = df

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_train_res, y_train_res = SMOTE(random_state=42).fit_resample(X_train, y_train)
print("after SMOTE:", y_train_res.value_counts().to_dict())

clf = xgb.XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05, eval_metric="logloss")
clf.fit(X_train_res, y_train_res)
print(classification_report(y_test, clf.predict(X_test)))
print("test AUC", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
