# Natural Language Processing with Disaster Tweets
# %%
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

train = pd.read_csv("/kaggle/input/nlp-getting-started/train.csv")
test = pd.read_csv("/kaggle/input/nlp-getting-started/test.csv")

for frame in (train, test):
    frame["text"] = frame["text"].str.lower().str.replace(r"http\S+", " ", regex=True)
    frame["keyword"] = frame["keyword"].fillna("")
    frame["full"] = frame["keyword"] + " " + frame["text"]

# %% vocabulary from every tweet we have
vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2)
vec.fit(pd.concat([train["full"], test["full"]]))  # expect: LK102
X = vec.transform(train["full"])
X_test = vec.transform(test["full"])
y = train["target"].values

# %%
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.15, random_state=42)
lr = LogisticRegression(C=2.0, max_iter=2000)
lr.fit(X_tr, y_tr)
print("valid F1:", f1_score(y_va, lr.predict(X_va)))

# %%
lr.fit(X, y)
sub = pd.read_csv("/kaggle/input/nlp-getting-started/sample_submission.csv")
sub["target"] = lr.predict(X_test)
sub.to_csv("submission.csv", index=False)
