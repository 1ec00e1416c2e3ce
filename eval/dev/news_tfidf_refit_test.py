from pathlib import Path

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import ComplementNB
from sklearn.metrics import accuracy_score

DATA = Path("data/news")

train_df = pd.read_csv(DATA / "train.csv")
test_df = pd.read_csv(DATA / "test.csv")

train_vec = TfidfVectorizer(max_features=30000, stop_words="english")
X_train = train_vec.fit_transform(train_df["headline"] + " " + train_df["body"])

test_vec = TfidfVectorizer(max_features=30000, stop_words="english")
X_test = test_vec.fit_transform(test_df["headline"] + " " + test_df["body"])  # expect: LK103

nb = ComplementNB(alpha=0.3)
nb.fit(X_train, train_df["category"])
print("test accuracy:", accuracy_score(test_df["category"], nb.predict(X_test)))
