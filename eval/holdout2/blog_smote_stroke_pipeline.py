# How to Use SMOTE Without Fooling Yourself
#
# Step 1: the data. A stroke-prediction data set with ~5% positives.
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.metrics import recall_score, roc_auc_score

df = pd.read_csv("healthcare-dataset-stroke-data.csv").drop(columns="id")
print(df["stroke"].value_counts(normalize=True))

X = df.drop(columns="stroke")
y = df["stroke"]
num = ["age", "avg_glucose_level", "bmi"]
cat = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status"]

# Step 2: hold out a test set before anything else
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

# Step 3: put SMOTE *inside* the pipeline, so it only ever sees training folds
prep = ColumnTransformer([
    ("num", ImbPipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
], remainder="passthrough")

model = ImbPipeline([
    ("prep", prep),
    ("smote", SMOTE(random_state=1)),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=3, random_state=1)),
])

# Step 4: cross-validate on the training data
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
print("CV ROC AUC: %.3f +- %.3f" % (np.mean(auc), np.std(auc)))

# Step 5: one final look at the test set
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print("Test ROC AUC:", roc_auc_score(y_test, proba))
print("Test recall:", recall_score(y_test, proba > 0.5))
