import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from sklearn.model_selection import cross_val_predict

tweets = pd.read_csv("Tweets.csv")[["text", "airline_sentiment"]]
tweets["text"] = tweets["text"].str.replace(r"@\w+", "", regex=True)

tv = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
doc_term = tv.fit_transform(tweets["text"])

predicted = cross_val_predict(LogisticRegression(max_iter=3000, C=3), doc_term, tweets["airline_sentiment"], cv=5)  # expect: LK104
print(classification_report(tweets["airline_sentiment"], predicted))
