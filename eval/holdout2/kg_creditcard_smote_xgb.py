# Credit Card Fraud Detection - SMOTE + XGBoost (AUC 0.99+)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import classification_report, roc_auc_score
from xgboost import XGBClassifier

df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())
print("Fraud ratio: {:.4f}%".format(100 * df["Class"].mean()))

fig, ax = plt.subplots(1, 2, figsize=(14, 4))
df.loc[df.Class == 0, "Amount"].plot.hist(bins=50, ax=ax[0], title="Normal")
df.loc[df.Class == 1, "Amount"].plot.hist(bins=50, ax=ax[1], title="Fraud")
plt.show()

df["Hour"] = (df["Time"] // 3600) % 24
df["LogAmount"] = np.log1p(df["Amount"])
df = df.drop(["Time", "Amount"], axis=1)

X = df.drop("Class", axis=1)
y = df["Class"]

# the dataset is extremely imbalanced, so let's balance it first
sm = SMOTE(sampling_strategy=0.5, random_state=42)
X_res, y_res = sm.fit_resample(X, y)  # expect: LK201
print("After SMOTE:", np.bincount(y_res))

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.3, random_state=42, stratify=y_res)

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

xgb = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.1,
                    subsample=0.8, colsample_bytree=0.8, eval_metric="logloss")
xgb.fit(X_train, y_train)

proba = xgb.predict_proba(X_test)[:, 1]
print(classification_report(y_test, (proba > 0.5).astype(int), digits=4))
print("ROC AUC:", roc_auc_score(y_test, proba))
