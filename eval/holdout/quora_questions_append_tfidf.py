# Quora insincere questions - TF-IDF + NB-SVM style logistic regression
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

df_train = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")

df_all = df_train.append(df_test, ignore_index=True, sort=False)
word_vec = TfidfVectorizer(analyzer="word", ngram_range=(1, 3), min_df=3, max_features=200000)
word_vec.fit(df_all["question_text"])  # expect: LK102

X_full = word_vec.transform(df_train["question_text"])
y_full = df_train["target"].values
X_kaggle = word_vec.transform(df_test["question_text"])

X_fit, X_hold, y_fit, y_hold = train_test_split(X_full, y_full, test_size=0.1, random_state=2019)
clf = LogisticRegression(C=1.5, class_weight={0: 1, 1: 3}, max_iter=1000)
clf.fit(X_fit, y_fit)
print("holdout F1:", f1_score(y_hold, clf.predict(X_hold)))

pd.DataFrame({"qid": df_test["qid"], "prediction": clf.predict(X_kaggle)}).to_csv("submission.csv", index=False)
