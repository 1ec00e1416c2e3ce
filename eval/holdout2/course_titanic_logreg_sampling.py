# Intro to Data Science - Lab 6: Logistic regression on the Titanic passengers
import pandas as pd
import sklearn as sk
import sklearn.linear_model
import sklearn.metrics

df = pd.read_csv("titanic.csv")
df = df[["Survived", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare"]].dropna()
df["Sex"] = (df["Sex"] == "female").astype(int)
print(len(df), "passengers after dropping missing ages")

# Exercise 1: make a training sample (80%) and a test sample (20%)
train = df.sample(frac=0.8, random_state=1)
test = df.sample(frac=0.2, random_state=2)
print("train:", train.shape, "test:", test.shape)

features = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare"]
train_X, train_y = train[features], train["Survived"]
test_X, test_y = test[features], test["Survived"]

# Exercise 2: fit the model
logit = sk.linear_model.LogisticRegression(max_iter=1000)
logit.fit(train_X, train_y)

# Exercise 3: evaluate on the test sample
preds = logit.predict(test_X)
print("Accuracy:", sk.metrics.accuracy_score(test_y, preds))  # expect: LK202
print(sk.metrics.classification_report(test_y, preds))  # related: LK202

# Exercise 4: interpret the coefficients
for name, coef in zip(features, logit.coef_[0]):
    print(f"{name:>7s}: {coef:+.3f}")
