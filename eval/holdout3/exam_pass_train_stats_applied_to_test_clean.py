# Week 3 exercise: logistic regression from study hours and previous grade (solution)
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

rng = np.random.default_rng(2024)
hours = rng.uniform(0, 10, 300)
previous = rng.normal(65, 10, 300)
logit = -6 + 0.6 * hours + 0.05 * previous
passed = (rng.random(300) < 1 / (1 + np.exp(-logit))).astype(int)
df = pd.DataFrame({"hours": hours, "previous": previous, "passed": passed})

train = df.sample(frac=0.7, random_state=1)
test = df.drop(train.index)

feats = ["hours", "previous"]
mu, sd = train[feats].mean(), train[feats].std()
Xtr = (train[feats] - mu) / sd
Xte = (test[feats] - mu) / sd

logreg = LogisticRegression().fit(Xtr, train["passed"])
print("test accuracy:", accuracy_score(test["passed"], logreg.predict(Xte)))
