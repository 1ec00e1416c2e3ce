"""Route support tickets; HashingVectorizer is stateless so it can run on all rows."""
import random

from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

random.seed(0)
TOPICS = {
    "billing": ["invoice", "refund", "charge", "payment", "card"],
    "tech": ["error", "crash", "login", "password", "update"],
    "shipping": ["parcel", "delivery", "tracking", "courier", "address"],
}
FILLER = ["please", "help", "my", "the", "today", "again", "cannot", "issue", "with"]

docs, topics = [], []
for _ in range(3000):
    topic = random.choice(list(TOPICS))
    words = random.sample(TOPICS[topic], 2) + random.sample(FILLER, 4)
    random.shuffle(words)
    docs.append(" ".join(words))
    topics.append(topic)

hv = HashingVectorizer(n_features=2 ** 16, alternate_sign=False, ngram_range=(1, 2))
X = hv.transform(docs)

X_tr, X_te, y_tr, y_te = train_test_split(X, topics, test_size=0.2, random_state=0, stratify=topics)
clf = SGDClassifier(loss="log_loss", random_state=0).fit(X_tr, y_tr)
print("macro F1:", f1_score(y_te, clf.predict(X_te), average="macro"))
