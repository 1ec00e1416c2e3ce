import numpy as np
import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer
from sklearn.naive_bayes import CategoricalNB
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

COLUMNS = ["sex", "length", "diameter", "height", "whole", "shucked", "viscera", "shell", "rings"]
abalone = pd.read_csv("abalone.data", names=COLUMNS)
abalone["age_group"] = pd.cut(abalone["rings"], bins=[0, 8, 11, 30], labels=[0, 1, 2]).astype(int)
numeric = COLUMNS[1:8]

binner = KBinsDiscretizer(n_bins=6, encode="ordinal", strategy="quantile")
binned = binner.fit_transform(abalone[numeric]).astype(int)  # expect: LK101
sex_code = abalone["sex"].map({"M": 0, "F": 1, "I": 2}).to_numpy()[:, None]
X = np.hstack([binned, sex_code])
y = abalone["age_group"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)
nb = CategoricalNB()
nb.fit(X_train, y_train)
print(f"accuracy {accuracy_score(y_test, nb.predict(X_test)):.3f}")
