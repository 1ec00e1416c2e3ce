import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import balanced_accuracy_score

# gene expression matrix: rows are patients, columns are genes
expr = pd.read_csv("data/expression.csv", index_col=0)
meta = pd.read_csv("data/labels.csv", index_col=0)
expr = expr.loc[meta.index]
y = meta["tumor_type"].astype("category").cat.codes.values

print(expr.shape, np.bincount(y))

# keep the 200 most informative genes
selector = SelectKBest(score_func=f_classif, k=200)
X_sel = selector.fit_transform(expr.values, y)  # expect: LK101
kept_genes = expr.columns[selector.get_support()]
print("first genes kept:", list(kept_genes[:10]))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.3, random_state=11, stratify=y)

forest = RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=11)
forest.fit(X_train, y_train)
print("balanced accuracy:", balanced_accuracy_score(y_test, forest.predict(X_test)))
