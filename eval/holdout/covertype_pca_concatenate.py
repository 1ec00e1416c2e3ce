import numpy as np
from sklearn.datasets import fetch_covtype
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import cohen_kappa_score

cov = fetch_covtype()
X_tr, X_te, y_tr, y_te = train_test_split(cov.data[:, :10], cov.target, train_size=0.7, random_state=0)

pca = PCA(n_components=6, random_state=0)
pca.fit(np.concatenate((X_tr, X_te), axis=0))  # expect: LK102
Z_tr, Z_te = pca.transform(X_tr), pca.transform(X_te)

forest = RandomForestClassifier(n_estimators=150, n_jobs=-1, random_state=0)
forest.fit(np.hstack([X_tr, Z_tr]), y_tr)
print("kappa:", cohen_kappa_score(y_te, forest.predict(np.hstack([X_te, Z_te]))))
