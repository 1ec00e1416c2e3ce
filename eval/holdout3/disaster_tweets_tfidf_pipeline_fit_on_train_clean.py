# %%
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline

train = pd.read_csv("../input/tweets/train.csv")
test = pd.read_csv("../input/tweets/test_labeled.csv")

# %%
model = make_pipeline(
    TfidfVectorizer(ngram_range=(1, 2), min_df=2, stop_words="english"),
    LogisticRegression(C=3.0, max_iter=2000),
)
model.fit(train["text"], train["target"])

# %%
print("F1:", f1_score(test["target"], model.predict(test["text"])))
