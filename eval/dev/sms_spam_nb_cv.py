"""SMS spam filter: bag of words + multinomial naive Bayes, 10-fold CV."""
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.model_selection import cross_val_score, KFold
from sklearn.naive_bayes import MultinomialNB

sms = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
sms.columns = ["label", "message"]
sms["label"] = sms["label"].map({"ham": 0, "spam": 1})

bow = CountVectorizer(lowercase=True, stop_words="english", min_df=2)
messages_bow = bow.fit_transform(sms["message"])
print("vocabulary:", len(bow.vocabulary_))

kfold = KFold(n_splits=10, shuffle=True, random_state=0)
acc = cross_val_score(MultinomialNB(alpha=0.1), messages_bow, sms["label"], cv=kfold)  # expect: LK104
print("mean accuracy %.4f" % acc.mean())
