# Pima Indians Diabetes - EDA and comparison of classic classifiers
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score

data = pd.read_csv("../input/pima-indians-diabetes-database/diabetes.csv")
print(data.head())
print(data.describe())
print(data["Outcome"].value_counts())

plt.figure(figsize=(10, 8))
sns.heatmap(data.corr(), annot=True, cmap="RdYlGn")
plt.show()

# zeros are really missing values in these columns
for col in ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]:
    data[col] = data[col].replace(0, np.nan)

X = data.drop("Outcome", axis=1)
y = data["Outcome"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

medians = X_train.median()
X_train = X_train.fillna(medians)
X_test = X_test.fillna(medians)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)

# Logistic Regression
lr = LogisticRegression(max_iter=1000)
lr.fit(X_train, y_train)
lr_acc = accuracy_score(y_test, lr.predict(X_test))
print("Logistic Regression:", lr_acc)

# KNN
knn = KNeighborsClassifier(n_neighbors=11)
knn.fit(X_train, y_train)
knn_acc = accuracy_score(y_test, knn.predict(X_test))  # expect: LK302
print("KNN:", knn_acc)

# Random Forest
rf = RandomForestClassifier(n_estimators=200, random_state=7)
rf.fit(X_train, y_train)
rf_acc = accuracy_score(y_test, rf.predict(X_test))  # related: LK302
print("Random Forest:", rf_acc)

# SVM
svm = SVC(kernel="rbf", C=1.0)
svm.fit(X_train, y_train)
svm_acc = accuracy_score(y_test, svm.predict(X_test))  # related: LK302
print("SVM:", svm_acc)

results = pd.DataFrame({
    "Model": ["Logistic Regression", "KNN", "Random Forest", "SVM"],
    "Accuracy": [lr_acc, knn_acc, rf_acc, svm_acc],
}).sort_values("Accuracy", ascending=False)
print(results)
print("Best model:", results.iloc[0]["Model"])
