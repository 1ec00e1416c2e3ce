from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

root = Path("bbc")
docs, topics = [], []
for topic_dir in sorted(p for p in root.iterdir() if p.is_dir()):
    for article in topic_dir.glob("*.txt"):
        docs.append(article.read_text(encoding="latin-1"))
        topics.append(topic_dir.name)

docs_train, docs_test, topics_train, topics_test = train_test_split(docs, topics, test_size=0.2, random_state=3)

vectoriser = TfidfVectorizer(sublinear_tf=True, min_df=3, stop_words="english")
V_train = vectoriser.fit_transform(docs_train)
V_test = vectoriser.transform(docs_test)

sgd = SGDClassifier(alpha=1e-4, random_state=3).fit(V_train, topics_train)
print("accuracy:", accuracy_score(topics_test, sgd.predict(V_test)))
