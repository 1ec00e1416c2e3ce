# %%
from sklearn.datasets import load_digits
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

X, y = load_digits(return_X_y=True)
X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.25, random_state=0, stratify=y_dev)

sc = StandardScaler().fit(X_tr)
X_tr_s, X_val_s = sc.transform(X_tr), sc.transform(X_val)

# %%
val_scores = {}
for k in range(1, 16, 2):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_tr_s, y_tr)
    val_scores[k] = accuracy_score(y_val, knn.predict(X_val_s))
best_k = max(val_scores, key=val_scores.get)
print("best k on validation:", best_k)

# %%
sc = StandardScaler().fit(X_dev)
final = KNeighborsClassifier(n_neighbors=best_k).fit(sc.transform(X_dev), y_dev)
print("test accuracy:", accuracy_score(y_test, final.predict(sc.transform(X_test))))
