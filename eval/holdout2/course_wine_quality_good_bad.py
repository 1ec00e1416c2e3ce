# STAT 202 - Lab 9: Is this a good wine?
# Task: predict whether a white wine is "good" (quality >= 7) from its chemistry.
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score, precision_score, recall_score

wine = pd.read_csv("winequality-white.csv", sep=";")
print(wine.shape)
print(wine["quality"].value_counts().sort_index())

# Task 1: create the binary label
wine["is_good"] = (wine["quality"] >= 7).astype(int)
print("share of good wines:", wine["is_good"].mean().round(3))

# Task 2: features and label. We drop the original quality score.
y = wine["is_good"]
X = wine.drop(columns=["quality"])  # expect: LK501

# Task 3: split, scale and fit a 15-NN classifier
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=202, stratify=y)
scaler = StandardScaler().fit(X_train)
knn = KNeighborsClassifier(n_neighbors=15)
knn.fit(scaler.transform(X_train), y_train)

# Task 4: report accuracy, precision and recall on the test set
pred = knn.predict(scaler.transform(X_test))
print("accuracy: ", accuracy_score(y_test, pred))
print("precision:", precision_score(y_test, pred))
print("recall:   ", recall_score(y_test, pred))
