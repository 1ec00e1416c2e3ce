# Heart Failure Prediction - Random Forest (99% accuracy?!)
import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

df = pd.read_csv("/kaggle/input/heart-failure-prediction/heart.csv")
df.head()

print(df.isna().sum())
print(df["HeartDisease"].value_counts())

sns.countplot(x="ChestPainType", hue="HeartDisease", data=df)
plt.show()

# Cholesterol == 0 is clearly a missing value
df.loc[df["Cholesterol"] == 0, "Cholesterol"] = np.nan
df["Cholesterol"] = df["Cholesterol"].fillna(240)

y = df["HeartDisease"]
X = pd.get_dummies(df, columns=["Sex", "ChestPainType", "RestingECG", "ExerciseAngina", "ST_Slope"], drop_first=True)  # expect: LK501
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

forest = RandomForestClassifier(n_estimators=500, random_state=0)
forest.fit(X_train, y_train)
y_pred = forest.predict(X_test)

print("Accuracy:", accuracy_score(y_test, y_pred))
sns.heatmap(confusion_matrix(y_test, y_pred), annot=True, fmt="d")
plt.show()

importances = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))
