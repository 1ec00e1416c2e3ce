import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler

ozone = pd.read_csv("eighthr.data", header=None, na_values="?")
X = ozone.iloc[:, 1:-1].astype(float)
y = ozone.iloc[:, -1].astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, shuffle=False)
model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(C=0.1, max_iter=3000))
model.fit(X_train, y_train)
print("AUC on the later days:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
