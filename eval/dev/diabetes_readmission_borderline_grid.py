import pandas as pd
from imblearn.over_sampling import BorderlineSMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GridSearchCV

visits = pd.read_csv("diabetic_data.csv", na_values="?")
visits["readmitted_30"] = (visits["readmitted"] == "<30").astype(int)
numeric = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
           "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses"]
X = visits[numeric].to_numpy()
y = visits["readmitted_30"].to_numpy()

X_aug, y_aug = BorderlineSMOTE(random_state=1).fit_resample(X, y)  # expect: LK201

grid = GridSearchCV(RandomForestClassifier(n_estimators=200, random_state=1),
                    {"max_depth": [6, 10, 16], "min_samples_leaf": [1, 5, 20]},
                    scoring="roc_auc", cv=5, n_jobs=-1)
grid.fit(X_aug, y_aug)
print(grid.best_params_, "CV AUC %.4f" % grid.best_score_)
