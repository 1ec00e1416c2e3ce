# %%
import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

X, y = make_classification(n_samples=2500, n_features=40, n_informative=8, n_redundant=4,
                           random_state=5)
X = pd.DataFrame(X, columns=[f"feat_{i:02d}" for i in range(40)])

# %%
# rank the features with a random forest and keep the 15 best ones
forest = RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1)
forest.fit(X, y)  # expect: LK101
top15 = X.columns[np.argsort(forest.feature_importances_)[::-1][:15]]
X = X[top15]

# %%
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=1)
scaler = StandardScaler().fit(X_tr)
Xs_tr, Xs_te = scaler.transform(X_tr), scaler.transform(X_te)

# %%
scores = {}
for k in range(1, 31, 2):
    knn = KNeighborsClassifier(n_neighbors=k).fit(Xs_tr, y_tr)
    scores[k] = accuracy_score(y_te, knn.predict(Xs_te))  # expect: LK301

best_k = max(scores, key=scores.get)
print("best k =", best_k, "accuracy =", scores[best_k])
