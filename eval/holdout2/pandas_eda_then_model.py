# Student performance: exploratory analysis with pandas, then a model
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error

students = pd.read_csv("student-mat.csv", sep=";")

# --- EDA -------------------------------------------------------------------
print(students.describe())
print(students.groupby("school")["G3"].mean())
print(students.groupby(["sex", "studytime"])["G3"].agg(["mean", "std", "count"]))
print(students["failures"].value_counts())
print(students.select_dtypes("number").corr()["G3"].sort_values())
students.boxplot(column="G3", by="studytime")
plt.show()

# --- Features --------------------------------------------------------------
students["alcohol"] = students["Dalc"] + students["Walc"]
students["parents_edu"] = students[["Medu", "Fedu"]].max(axis=1)
students = pd.get_dummies(students, columns=["school", "sex", "address", "internet", "higher"], drop_first=True)

features = ["age", "studytime", "failures", "absences", "alcohol", "parents_edu", "G1", "G2"] + \
           [c for c in students.columns if c.endswith("_yes") or c.endswith("_M") or c.endswith("_U") or c.endswith("_MS")]
X = students[features]
y = students["G3"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
lr = LinearRegression().fit(X_train, y_train)
print("MAE train: %.2f | MAE test: %.2f" % (
    mean_absolute_error(y_train, lr.predict(X_train)),
    mean_absolute_error(y_test, lr.predict(X_test))))
