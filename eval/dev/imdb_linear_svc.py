"""Sentiment analysis on IMDB reviews: TF-IDF + LinearSVC (split first, then vectorize)."""
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

reviews = pd.read_csv("data/imdb_reviews.csv")
reviews = reviews.dropna(subset=["review"]).drop_duplicates(subset=["review"])
labels = reviews["sentiment"].map({"positive": 1, "negative": 0})

train_texts, test_texts, train_labels, test_labels = train_test_split(
    reviews["review"], labels, test_size=0.2, random_state=2024, stratify=labels
)

vectorizer = TfidfVectorizer(stop_words="english", max_df=0.9, min_df=5, ngram_range=(1, 2))
train_vecs = vectorizer.fit_transform(train_texts)
test_vecs = vectorizer.transform(test_texts)
print("vocabulary size:", len(vectorizer.vocabulary_))

svc = LinearSVC(C=0.5)
svc.fit(train_vecs, train_labels)
predicted = svc.predict(test_vecs)
print(classification_report(test_labels, predicted, digits=4))

top = sorted(zip(svc.coef_[0], vectorizer.get_feature_names_out()))
print("most negative:", [w for _, w in top[:15]])
print("most positive:", [w for _, w in top[-15:]])
