"""Sentiment classifier on precomputed sentence embeddings.

The emb_* columns come from the encoder export job; the label is 0/1.
An 80/20 split of the table is used for the estimate.
"""
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

df = pd.read_csv("sentiment_features.csv")
cols = [c for c in df.columns if c.startswith("emb_")]
print(len(df), "rows,", len(cols), "embedding dims")

train = df.sample(frac=0.8, random_state=0)
test = df.sample(frac=0.2, random_state=1)
print("positive rate train/test:", train["label"].mean(), test["label"].mean())

model = LogisticRegression(max_iter=2000, C=0.5)
model.fit(train[cols], train["label"])
print("accuracy", accuracy_score(test["label"], model.predict(test[cols])))  # expect: LK202
