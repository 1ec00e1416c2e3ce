import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score

reviews = pd.read_csv("reviews.csv").dropna(subset=["text"])
vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
X = vec.fit_transform(reviews["text"])  # expect: LK101
y = (reviews["stars"] >= 4).astype(int).values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)

results = []
for C in [0.01, 0.1, 1.0, 10.0]:
    svm = LinearSVC(C=C)
    svm.fit(X_train, y_train)
    f1 = f1_score(y_test, svm.predict(X_test))  # expect: LK301
    results.append({"C": C, "f1": f1})

table = pd.DataFrame(results).sort_values("f1", ascending=False)
print(table.to_string(index=False))
best_C = table.iloc[0]["C"]
final = LinearSVC(C=best_C).fit(X_train, y_train)
print("chosen C:", best_C)
