"""20 newsgroups with a stateless hashing vectorizer (nothing is learned before the split)."""
from sklearn.datasets import fetch_20newsgroups
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

news = fetch_20newsgroups(subset="all", remove=("headers", "footers", "quotes"))
hasher = HashingVectorizer(n_features=2 ** 20, alternate_sign=False, norm="l2")
features = hasher.transform(news.data)

f_train, f_test, t_train, t_test = train_test_split(features, news.target, test_size=0.2, random_state=0)

sgd = SGDClassifier(loss="modified_huber", alpha=1e-5, max_iter=30, random_state=0)
sgd.fit(f_train, t_train)
print("accuracy:", accuracy_score(t_test, sgd.predict(f_test)))
