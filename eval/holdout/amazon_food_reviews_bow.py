from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
import pandas as pd

food = pd.read_csv("Reviews.csv", usecols=["Text", "Score"])
food = food[food.Score != 3]
food["label"] = (food.Score > 3).astype(int)

cutoff = int(len(food) * 0.8)
tr_docs, te_docs = food.Text.iloc[:cutoff], food.Text.iloc[cutoff:]
tr_y, te_y = food.label.iloc[:cutoff], food.label.iloc[cutoff:]

vectorizer = CountVectorizer(binary=True, min_df=3, ngram_range=(1, 2))
X_tr = vectorizer.fit_transform(tr_docs)
vectorizer = CountVectorizer(binary=True, min_df=3, ngram_range=(1, 2), vocabulary=None)
X_te = vectorizer.fit_transform(te_docs)  # expect: LK103

lr = LogisticRegression(max_iter=2000, C=0.3)
lr.fit(X_tr, tr_y)
print("AUC:", roc_auc_score(te_y, lr.predict_proba(X_te)[:, 1]))
