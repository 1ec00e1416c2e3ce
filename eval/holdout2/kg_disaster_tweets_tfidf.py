# NLP with Disaster Tweets - TF-IDF + Logistic Regression baseline
import re
import string
import pandas as pd
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score

train_df = pd.read_csv("/kaggle/input/nlp-getting-started/train.csv")
test_df = pd.read_csv("/kaggle/input/nlp-getting-started/test.csv")
print(train_df.shape, test_df.shape)
print(train_df.target.value_counts())

def clean_text(text):
    text = text.lower()
    text = re.sub(r"https?://\S+|www\.\S+", "", text)
    text = re.sub(r"<.*?>", "", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    text = re.sub(r"\d+", "", text)
    return text.strip()

train_df["clean"] = train_df["text"].apply(clean_text)
test_df["clean"] = test_df["text"].apply(clean_text)

# fit the vocabulary on all the text we have so that test words are known
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True)
tfidf.fit(pd.concat([train_df["clean"], test_df["clean"]]))  # expect: LK102

train_vectors = tfidf.transform(train_df["clean"])
test_vectors = tfidf.transform(test_df["clean"])

X_tr, X_val, y_tr, y_val = train_test_split(train_vectors, train_df["target"], test_size=0.2, random_state=21)

clf = LogisticRegression(C=3.0, max_iter=1000)
clf.fit(X_tr, y_tr)
print("Validation F1:", f1_score(y_val, clf.predict(X_val)))

clf.fit(train_vectors, train_df["target"])
sample_submission = pd.read_csv("/kaggle/input/nlp-getting-started/sample_submission.csv")
sample_submission["target"] = clf.predict(test_vectors)
sample_submission.to_csv("submission.csv", index=False)
