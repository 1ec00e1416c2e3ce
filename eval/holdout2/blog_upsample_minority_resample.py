# How to Handle Imbalanced Classes in Machine Learning
# (part 1: up-sample the minority class)

import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, balanced_accuracy_score

# Step 1: Read the balance-scale data
df = pd.read_csv("balance-scale.data", names=["balance", "var1", "var2", "var3", "var4"])
df["balance"] = [1 if b == "B" else 0 for b in df.balance]
print(df["balance"].value_counts())

# Step 2: Separate majority and minority classes
df_majority = df[df.balance == 0]
df_minority = df[df.balance == 1]

# Step 3: Upsample the minority class with replacement
df_minority_upsampled = resample(df_minority,  # expect: LK201
                                 replace=True,
                                 n_samples=len(df_majority),
                                 random_state=123)
df_upsampled = pd.concat([df_majority, df_minority_upsampled])
print(df_upsampled.balance.value_counts())

# Step 4: Train a model on the balanced data
y = df_upsampled.balance
X = df_upsampled.drop("balance", axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=27)

clf = LogisticRegression().fit(X_train, y_train)
pred_y = clf.predict(X_test)
print(np.unique(pred_y))
print("Accuracy:", accuracy_score(y_test, pred_y))
print("Balanced accuracy:", balanced_accuracy_score(y_test, pred_y))
