import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("optdigits.csv")
X = df.drop(columns="digit").values
y = df["digit"].values
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)

scaler = StandardScaler().fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

best_k, best_acc = None, 0.0
for k in range(1, 31, 2):
    knn = KNeighborsClassifier(n_neighbors=k)
    knn.fit(X_train, y_train)
    acc = knn.score(X_test, y_test)  # expect: LK301
    if acc > best_acc:
        best_k, best_acc = k, acc

print(f"best k={best_k} with test accuracy {best_acc:.4f}")
