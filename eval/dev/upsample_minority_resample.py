import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

df = pd.read_csv("bank-additional-full.csv", sep=";")
df["y"] = (df["y"] == "yes").astype(int)
df = pd.get_dummies(df.drop(columns=["duration"]), drop_first=True)

df_majority = df[df.y == 0]
df_minority = df[df.y == 1]

# Upsample minority class to match the majority
df_minority_upsampled = resample(df_minority,  # expect: LK201
                                 replace=True,
                                 n_samples=len(df_majority),
                                 random_state=123)
df_upsampled = pd.concat([df_majority, df_minority_upsampled])
print(df_upsampled.y.value_counts())

y = df_upsampled.y
X = df_upsampled.drop("y", axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123)

clf = LogisticRegression(max_iter=4000).fit(X_train, y_train)
print("F1:", f1_score(y_test, clf.predict(X_test)))
