# BIOSTAT 823 - HW2: classifying tumours (Wisconsin diagnostic data)
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import LabelEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, confusion_matrix, ConfusionMatrixDisplay

df = pd.read_csv("data.csv")
df = df.drop(columns=["id", "Unnamed: 32"], errors="ignore")
print(df.shape)
print(df["diagnosis"].value_counts())

# encode the label M/B as 1/0
le = LabelEncoder()
y = le.fit_transform(df["diagnosis"])
print(dict(zip(le.classes_, le.transform(le.classes_))))

X = df.drop(columns=["diagnosis"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=10)

sc = StandardScaler().fit(X_train)
X_train_s = sc.transform(X_train)
X_test_s = sc.transform(X_test)

model = LogisticRegression(C=0.5, max_iter=5000)
model.fit(X_train_s, y_train)
y_hat = model.predict(X_test_s)

print("Accuracy:", round(accuracy_score(y_test, y_hat), 4))
print("F1:", round(f1_score(y_test, y_hat), 4))
cm = confusion_matrix(y_test, y_hat)
ConfusionMatrixDisplay(cm, display_labels=le.classes_).plot()
plt.show()

coef = pd.Series(model.coef_[0], index=X.columns).sort_values(key=abs, ascending=False)
print(coef.head(10))
