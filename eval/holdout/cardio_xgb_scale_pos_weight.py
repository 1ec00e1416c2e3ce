import pandas as pd
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

cardio = pd.read_csv("cardio_train.csv", sep=";").drop(columns="id")
cardio["age_years"] = cardio["age"] / 365.25
cardio["bmi"] = cardio["weight"] / (cardio["height"] / 100) ** 2

X = cardio.drop(columns=["cardio", "age"])
y = cardio["cardio"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=6)

ratio = (y_train == 0).sum() / max((y_train == 1).sum(), 1)
booster = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, scale_pos_weight=ratio)
booster.fit(X_train, y_train)
print("average precision:", average_precision_score(y_test, booster.predict_proba(X_test)[:, 1]))
