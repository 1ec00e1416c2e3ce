"""Iris classification with k-nearest neighbours.

Blog tutorial: load the iris data, scale it, fit a KNN classifier and report accuracy.
"""
import pandas as pd
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score, classification_report

iris = load_iris()
df = pd.DataFrame(iris.data, columns=iris.feature_names)
df["species"] = iris.target

print(df.head())
print(df.describe())
print(df["species"].value_counts())

X = df.drop("species", axis=1).values
y = df["species"].values

# Scale the features so every dimension contributes equally to the distance
scaler = StandardScaler()
X = scaler.fit_transform(X)  # expect: LK101

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, random_state=42, stratify=y
)

knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X_train, y_train)
y_pred = knn.predict(X_test)

print("Accuracy:", accuracy_score(y_test, y_pred))
print(classification_report(y_test, y_pred, target_names=iris.target_names))
