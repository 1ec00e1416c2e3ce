import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("patients.csv")
df["age_group"] = pd.cut(df["age"], bins=[0, 18, 30, 45, 60, 120], labels=False)
df["bmi"] = df["weight_kg"] / (df["height_m"] ** 2)
df["obese"] = np.where(df["bmi"] >= 30, 1, 0)
df["smoker"] = df["smoking_status"].map({"never": 0, "former": 1, "current": 2})
df["notes_len"] = df["notes"].fillna("").apply(lambda s: len(s.split()))
df["income"] = df["income"].fillna(0)
df.loc[df["children"] > 5, "children"] = 5
df["bp_ratio"] = df.apply(lambda r: r["systolic"] / max(r["diastolic"], 1), axis=1)

cols = ["age_group", "bmi", "obese", "smoker", "notes_len", "income", "children", "bp_ratio"]
data_tr, holdout = train_test_split(df, test_size=0.25, stratify=df["readmitted"], random_state=3)

clf = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05)
clf.fit(data_tr[cols], data_tr["readmitted"])
print("holdout AUC:", roc_auc_score(holdout["readmitted"], clf.predict_proba(holdout[cols])[:, 1]))
