import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.utils import resample

comments = pd.read_csv("toxic_comments.csv")
toxic = comments[comments["toxic"] == 1]
clean = comments[comments["toxic"] == 0]

clean_down = resample(clean, replace=False, n_samples=len(toxic) * 2, random_state=0)  # expect: LK201
sample = pd.concat([toxic, clean_down]).reset_index(drop=True)

pipe = make_pipeline(TfidfVectorizer(min_df=3, ngram_range=(1, 2)), LogisticRegression(max_iter=2000))
f1 = cross_val_score(pipe, sample["comment_text"], sample["toxic"], cv=5, scoring="f1")
print("F1 across folds:", f1.round(3))
