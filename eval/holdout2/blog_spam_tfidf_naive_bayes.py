# Build a Spam Filter in 20 Lines of Python
#
# Step 1: the SMS Spam Collection
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split as tts
from sklearn.metrics import classification_report, confusion_matrix

sms = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
sms.columns = ["label", "message"]
sms["label"] = sms["label"].map({"ham": 0, "spam": 1})

# Step 2: split the messages
msg_train, msg_test, y_train, y_test = tts(sms["message"], sms["label"], test_size=0.2, random_state=42)

# Step 3: learn the vocabulary on the training messages and reuse it
tfidf = TfidfVectorizer(lowercase=True, stop_words="english", min_df=2)
X_train = tfidf.fit_transform(msg_train)
X_test = tfidf.transform(msg_test)

# Step 4: Naive Bayes
nb = MultinomialNB(alpha=0.1)
nb.fit(X_train, y_train)

# Step 5: results
y_pred = nb.predict(X_test)
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred, target_names=["ham", "spam"]))
