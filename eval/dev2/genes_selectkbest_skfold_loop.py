import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score

expr = pd.read_csv("expression.csv", index_col=0)
labels = pd.read_csv("labels.csv", index_col=0)["tumor"].loc[expr.index].values

selector = SelectKBest(f_classif, k=50)
X_sel = selector.fit_transform(expr.values, labels)
print("kept genes:", expr.columns[selector.get_support()].tolist()[:10])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
accs = []
for fold, (tr_idx, va_idx) in enumerate(skf.split(X_sel, labels)):  # expect: LK104
    clf = LinearSVC(C=0.1, max_iter=10000)
    clf.fit(X_sel[tr_idx], labels[tr_idx])
    acc = accuracy_score(labels[va_idx], clf.predict(X_sel[va_idx]))
    accs.append(acc)
    print(f"fold {fold}: {acc:.3f}")

print("CV accuracy: %.3f" % np.mean(accs))
