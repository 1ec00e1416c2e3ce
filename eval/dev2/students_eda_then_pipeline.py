import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score

df = pd.read_csv("students.csv")
print(df.describe())
print(df.mean(numeric_only=True))
print("median grade:", df["final_grade"].median())
print(df["school"].value_counts())

corr = df.corr(numeric_only=True)
sns.heatmap(corr, cmap="coolwarm", center=0)
plt.tight_layout()
plt.savefig("corr.png")

X = pd.get_dummies(df.drop(columns=["final_grade"]), drop_first=True)
y = df["final_grade"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=12)

model = make_pipeline(SimpleImputer(strategy="mean"), StandardScaler(), Ridge(alpha=2.0))
model.fit(X_train, y_train)
print("R2 train:", r2_score(y_train, model.predict(X_train)))
print("R2 test: ", r2_score(y_test, model.predict(X_test)))
