# %%
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

train = pd.read_csv("../input/tweets/train.csv")
test = pd.read_csv("../input/tweets/test_labeled.csv")

# %%
vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, stop_words="english")
vec.fit(pd.concat([train["text"], test["text"]]))  # expect: LK102
Xtr = vec.transform(train.text)
Xte = vec.transform(test.text)

# %%
clf = LogisticRegression(C=3.0, max_iter=2000).fit(Xtr, train.target)
print("F1:", f1_score(test.target, clf.predict(Xte)))
