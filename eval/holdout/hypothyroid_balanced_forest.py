import pandas as pd
from imblearn.ensemble import BalancedRandomForestClassifier
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split

thyroid = pd.read_csv("hypothyroid.csv", na_values="?")
thyroid["binaryClass"] = (thyroid["binaryClass"] == "P").astype(int)
thyroid = thyroid.drop(columns=["TBG", "referral source"])
thyroid = pd.get_dummies(thyroid, drop_first=True).fillna(-1)

X_train, X_test, y_train, y_test = train_test_split(
    thyroid.drop(columns="binaryClass"), thyroid["binaryClass"], test_size=0.25, stratify=thyroid["binaryClass"], random_state=3)
brf = BalancedRandomForestClassifier(n_estimators=400, sampling_strategy="auto", replacement=True, random_state=3)
brf.fit(X_train, y_train)
print("recall (hypothyroid):", recall_score(y_test, brf.predict(X_test)))
