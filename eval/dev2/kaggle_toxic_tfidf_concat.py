import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

train = pd.read_csv("../input/jigsaw/train.csv")
test = pd.read_csv("../input/jigsaw/test.csv")
train["comment_text"] = train["comment_text"].fillna(" ")
test["comment_text"] = test["comment_text"].fillna(" ")

all_text = pd.concat([train["comment_text"], test["comment_text"]])
word_vec = TfidfVectorizer(
    sublinear_tf=True,
    strip_accents="unicode",
    analyzer="word",
    token_pattern=r"\w{1,}",
    ngram_range=(1, 2),
    max_features=50000,
)
word_vec.fit(all_text)  # expect: LK102
train_feats = word_vec.transform(train["comment_text"])
test_feats = word_vec.transform(test["comment_text"])

y = train["toxic"].values
Xtr, Xval, ytr, yval = train_test_split(train_feats, y, test_size=0.1, random_state=2018)
clf = LogisticRegression(C=4.0, solver="sag", max_iter=300)
clf.fit(Xtr, ytr)
print("validation AUC", roc_auc_score(yval, clf.predict_proba(Xval)[:, 1]))

clf.fit(train_feats, y)
submission = pd.DataFrame({"id": test["id"], "toxic": clf.predict_proba(test_feats)[:, 1]})
submission.to_csv("submission.csv", index=False)
