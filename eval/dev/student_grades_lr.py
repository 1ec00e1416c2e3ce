# Predict the final grade (G3) of Portuguese students
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

df = pd.read_csv("student-mat.csv", sep=";")
df = df[["G1", "G2", "studytime", "failures", "absences", "G3"]]

y = df["G3"]
X = df  # expect: LK501

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.1)
linear = LinearRegression()
linear.fit(X_train, y_train)
print("MSE:", mean_squared_error(y_test, linear.predict(X_test)))
for coef, name in zip(linear.coef_, X.columns):
    print(name, round(coef, 3))
