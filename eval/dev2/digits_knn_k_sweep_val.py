import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("optdigits.csv")
X = df.drop(columns="digit").values
y = df["digit"].values
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, random_state=2)

scaler = StandardScaler().fit(X_tr)
X_tr_s, X_val_s = scaler.transform(X_tr), scaler.transform(X_val)

best_k, best_acc = None, 0.0
for k in range(1, 31, 2):
    knn = KNeighborsClassifier(n_neighbors=k)
    knn.fit(X_tr_s, y_tr)
    acc = knn.score(X_val_s, y_val)
    if acc > best_acc:
        best_k, best_acc = k, acc
print(f"best k={best_k} (validation accuracy {best_acc:.4f})")

final_scaler = StandardScaler().fit(X_train)
final = KNeighborsClassifier(n_neighbors=best_k).fit(final_scaler.transform(X_train), y_train)
print("test accuracy:", final.score(final_scaler.transform(X_test), y_test))
