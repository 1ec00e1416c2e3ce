# Heart disease UCI - compare a few models with 10-fold cross-validation
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("heart.csv")
print(df.isnull().sum().sum(), "missing values")
df = pd.get_dummies(df, columns=["cp", "thal", "slope"])

X = df.drop("target", axis=1)
y = df["target"]

X_scaled = StandardScaler().fit_transform(X)

models = [
    ("LogReg", LogisticRegression(max_iter=1000)),
    ("SVC", SVC(C=1.0)),
    ("KNN", KNeighborsClassifier(n_neighbors=7)),
]
for name, model in models:
    scores = cross_val_score(model, X_scaled, y, cv=10, scoring="accuracy")  # expect: LK104
    print(f"{name}: {scores.mean():.3f} (+/- {scores.std() * 2:.3f})")
