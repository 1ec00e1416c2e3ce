import json

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.svm import LinearSVC

with open("data/reviews.jsonl", encoding="utf-8") as fh:
    records = [json.loads(line) for line in fh if line.strip()]

texts = [r["text"] for r in records]
labels = np.array([int(r["stars"] >= 4) for r in records])

vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True)
X = vec.fit_transform(texts)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
res = cross_validate(LinearSVC(C=0.5), X, labels, cv=cv, scoring=["f1", "roc_auc"])  # expect: LK104
for k in ("test_f1", "test_roc_auc"):
    print(k, np.round(res[k].mean(), 4))
