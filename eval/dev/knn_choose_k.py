import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("Classified Data", index_col=0)
X = df.drop("TARGET CLASS", axis=1)
y = df["TARGET CLASS"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.30, random_state=101)
scaler = StandardScaler().fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

accuracies = []
k_values = list(range(1, 40))
for k in k_values:
    knn = KNeighborsClassifier(n_neighbors=k)
    knn.fit(X_train, y_train)
    accuracies.append(accuracy_score(y_test, knn.predict(X_test)))  # expect: LK301

plt.figure(figsize=(10, 6))
plt.plot(k_values, accuracies, color="blue", linestyle="dashed", marker="o")
plt.title("Accuracy vs. K Value")
plt.xlabel("K")
plt.ylabel("Accuracy")
plt.savefig("k_curve.png")

best_k = k_values[int(np.argmax(accuracies))]
print("best k:", best_k, "accuracy:", max(accuracies))
