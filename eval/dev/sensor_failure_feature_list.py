import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("predictive_maintenance.csv", parse_dates=["timestamp"])
df["hour"] = df["timestamp"].dt.hour
df = df.sort_values(["machine_id", "timestamp"])
df["temp_delta"] = df.groupby("machine_id")["temperature"].diff().fillna(0.0)

ID_COLS = ("machine_id", "timestamp")
feature_cols = [c for c in df.columns if c not in ID_COLS]
X = df[feature_cols]  # expect: LK501
y = df["failure"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)  # expect: LK502
rfc = RandomForestClassifier(n_estimators=300, class_weight="balanced", random_state=8)
rfc.fit(X_train, y_train)
print("recall on failures:", recall_score(y_test, rfc.predict(X_test)))
