import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import f1_score

corpus = pd.read_csv("womens_clothing_reviews.csv").dropna(subset=["Review Text"])
texts = corpus["Review Text"].to_numpy()
recommended = corpus["Recommended IND"].to_numpy()

scores = []
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=11)
for k, (fit_idx, eval_idx) in enumerate(folds.split(texts, recommended)):
    tfv = TfidfVectorizer(min_df=2, ngram_range=(1, 2))
    fit_mat = tfv.fit_transform(texts[fit_idx])
    eval_mat = tfv.transform(texts[eval_idx])
    nb = MultinomialNB(alpha=0.5).fit(fit_mat, recommended[fit_idx])
    scores.append(f1_score(recommended[eval_idx], nb.predict(eval_mat)))
    print(f"fold {k}: {scores[-1]:.4f}")
print("mean F1:", np.mean(scores))
