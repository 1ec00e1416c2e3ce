import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split

records = pd.read_csv("heart_failure_clinical_records_dataset.csv")
print("overall mean ejection fraction:", records["ejection_fraction"].mean())
print(records.describe().T[["mean", "std"]])

train_df, test_df = train_test_split(records, test_size=0.25, random_state=5, stratify=records["DEATH_EVENT"])
train_df, test_df = train_df.copy(), test_df.copy()

lab_cols = ["creatinine_phosphokinase", "platelets", "serum_creatinine", "serum_sodium"]
train_medians = train_df[lab_cols].median()
train_df[lab_cols] = train_df[lab_cols].fillna(train_medians)
test_df[lab_cols] = test_df[lab_cols].fillna(train_medians)

feature_cols = [c for c in records.columns if c not in ("DEATH_EVENT", "time")]
rf = RandomForestClassifier(n_estimators=300, class_weight="balanced", random_state=5)
rf.fit(train_df[feature_cols], train_df["DEATH_EVENT"])
print("balanced accuracy:", balanced_accuracy_score(test_df["DEATH_EVENT"], rf.predict(test_df[feature_cols])))
