import pandas as pd
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import RidgeClassifier
from sklearn.metrics import accuracy_score

reviews = pd.read_json("yelp_academic_dataset_review.json", lines=True, nrows=60000)
reviews["positive"] = (reviews["stars"] >= 4).astype(int)
reviews = reviews.sample(frac=1.0, random_state=0).reset_index(drop=True)

tfidf = TfidfVectorizer(min_df=5, max_df=0.8, sublinear_tf=True)
tfidf_matrix = tfidf.fit_transform(reviews["text"])  # expect: LK101
lsa = pd.DataFrame(TruncatedSVD(n_components=150, random_state=0).fit(tfidf_matrix).transform(tfidf_matrix))  # expect: LK101

n_train = 50000
x_train, y_train = lsa.iloc[:n_train], reviews["positive"].iloc[:n_train]
x_test, y_test = lsa.iloc[n_train:], reviews["positive"].iloc[n_train:]

ridge = RidgeClassifier(alpha=3.0).fit(x_train, y_train)
print("accuracy", accuracy_score(y_test, ridge.predict(x_test)))
