import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

zoo = pd.read_csv("zoo.csv")
zoo = zoo.drop(columns="animal_name")
print(zoo.head())

y = zoo["class_type"].values
X = zoo.values  # expect: LK501

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=4)
rfc = RandomForestClassifier(n_estimators=200, random_state=4)
rfc.fit(X_train, y_train)
print("accuracy:", accuracy_score(y_test, rfc.predict(X_test)))
