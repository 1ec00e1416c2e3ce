"""Palmer penguins: species from body measurements.
"""
import pandas as pd
from sklearn.preprocessing import LabelEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import classification_report, confusion_matrix

df = pd.read_csv("penguins.csv").dropna()
print(df["species"].value_counts())
le = LabelEncoder()
y = le.fit_transform(df["species"])
X = df[["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=8)
clf = Pipeline([("scale", StandardScaler()), ("svc", SVC(C=3.0, gamma="scale"))])
clf.fit(X_train, y_train)
pred = clf.predict(X_test)
print(classification_report(y_test, pred, target_names=le.classes_))
print(confusion_matrix(y_test, pred))
