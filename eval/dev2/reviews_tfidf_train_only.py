import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score

reviews = pd.read_csv("reviews.csv").dropna(subset=["text"])
texts = reviews["text"]
labels = (reviews["stars"] >= 4).astype(int)

txt_tr, txt_te, y_tr, y_te = train_test_split(
    texts, labels, test_size=0.2, stratify=labels, random_state=3
)

vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
X_tr = vec.fit_transform(txt_tr)
X_te = vec.transform(txt_te)

svm = LinearSVC(C=0.5)
svm.fit(X_tr, y_tr)
print("train f1:", f1_score(y_tr, svm.predict(X_tr)))
print("test f1: ", f1_score(y_te, svm.predict(X_te)))

top = sorted(zip(svm.coef_[0], vec.get_feature_names_out()))[-15:]
for weight, term in reversed(top):
    print(f"{term:>20s} {weight:.3f}")
