import re

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, f1_score

df = pd.read_csv("IMDB Dataset.csv")
df["sentiment"] = (df["sentiment"] == "positive").astype(int)


def clean_text(text):
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"[^a-zA-Z']", " ", text)
    return text.lower()


df["review"] = df["review"].apply(clean_text)
print(df["review"].str.len().describe())

tfidf = TfidfVectorizer(max_features=20000, ngram_range=(1, 2), min_df=3, sublinear_tf=True)
X = tfidf.fit_transform(df["review"])  # expect: LK101
y = df["sentiment"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)

clf = LogisticRegression(C=4, max_iter=1000)
clf.fit(X_train, y_train)
preds = clf.predict(X_test)
print("accuracy", accuracy_score(y_test, preds))
print("f1", f1_score(y_test, preds))
