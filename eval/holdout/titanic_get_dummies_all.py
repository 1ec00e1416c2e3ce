# Titanic with seaborn's copy of the data
import seaborn as sns
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

titanic = sns.load_dataset("titanic")
titanic = titanic[["survived", "pclass", "sex", "age", "sibsp", "parch", "fare", "embarked"]].dropna()

y = titanic["survived"]
X = pd.get_dummies(titanic, columns=["sex", "embarked"], drop_first=True)  # expect: LK501

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)
logreg = LogisticRegression(max_iter=1000)
logreg.fit(X_train, y_train)
print("test accuracy:", accuracy_score(y_test, logreg.predict(X_test)))
