"""SMS spam filter: TF-IDF + multinomial naive Bayes.
"""
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score, confusion_matrix

train_msgs = pd.read_csv("sms_train.tsv", sep="\t", names=["label", "text"])
test_msgs = pd.read_csv("sms_test.tsv", sep="\t", names=["label", "text"])

vec_tr = TfidfVectorizer(max_features=3000, stop_words="english")
Xtr = vec_tr.fit_transform(train_msgs["text"])
vec_te = TfidfVectorizer(max_features=3000, stop_words="english")
Xte = vec_te.fit_transform(test_msgs["text"])  # expect: LK103

nb = MultinomialNB(alpha=0.1)
nb.fit(Xtr, train_msgs["label"])
pred = nb.predict(Xte)
print(accuracy_score(test_msgs["label"], pred))
print(confusion_matrix(test_msgs["label"], pred))
