import numpy as np
from sklearn.datasets import load_digits
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

digits = load_digits()
X_train, X_unused, y_train, y_unused = train_test_split(digits.data, digits.target, test_size=0.3, random_state=0)

forest = RandomForestClassifier(n_estimators=250, random_state=0)
forest.fit(X_train, y_train)

# quick "validation" on 300 random rows
rng = np.random.default_rng(0)
check_idx = rng.choice(len(X_train), size=300, replace=False)
X_check, y_check = X_train[check_idx], y_train[check_idx]
print("check accuracy:", forest.score(X_check, y_check))  # expect: LK202
