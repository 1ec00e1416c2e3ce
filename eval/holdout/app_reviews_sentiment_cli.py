"""Compare two linear models for app-review sentiment.

    python app_reviews_sentiment_cli.py reviews.csv --max-features 50000
"""
import argparse
import sys

import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split


def vectorize(texts: pd.Series, max_features: int) -> csr_matrix:
    vec = TfidfVectorizer(max_features=max_features, ngram_range=(1, 2), sublinear_tf=True)
    return vec.fit_transform(texts.fillna(""))  # expect: LK101


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--max-features", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=1)
    opts = ap.parse_args(argv)

    reviews = pd.read_csv(opts.csv)
    reviews = reviews[reviews["score"] != 3]
    label = (reviews["score"] > 3).astype(int).to_numpy()
    matrix = vectorize(reviews["content"], opts.max_features)

    m_tr, m_te, l_tr, l_te = train_test_split(matrix, label, test_size=0.2, random_state=opts.seed, stratify=label)

    logit = LogisticRegression(max_iter=3000, C=2.0).fit(m_tr, l_tr)
    f1_logit = f1_score(l_te, logit.predict(m_te), average="macro")
    ridge = RidgeClassifier(alpha=1.0).fit(m_tr, l_tr)
    f1_ridge = f1_score(l_te, ridge.predict(m_te), average="macro")  # expect: LK302

    print(f"logistic: {f1_logit:.4f}  ridge: {f1_ridge:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
