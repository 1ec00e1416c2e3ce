# Text Classification with TF-IDF and Linear SVM: BBC News
#
# Step 1: Read the articles
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score, classification_report

news = pd.read_csv("bbc-text.csv")
print(news.category.value_counts())

# Step 2: Train/test split
train_text, test_text, train_labels, test_labels = train_test_split(
    news["text"], news["category"], test_size=0.2, random_state=5, stratify=news["category"]
)

# Step 3: Turn text into TF-IDF features
vectorizer = TfidfVectorizer(stop_words="english", max_features=5000, sublinear_tf=True)
X_train = vectorizer.fit_transform(train_text)
X_test = vectorizer.fit_transform(test_text)  # expect: LK103
print(X_train.shape, X_test.shape)

# Step 4: Train a linear SVM
svm = LinearSVC(C=0.5)
svm.fit(X_train, train_labels)

# Step 5: How good is it?
predictions = svm.predict(X_test)
print("Accuracy: {:.2%}".format(accuracy_score(test_labels, predictions)))
print(classification_report(test_labels, predictions))
