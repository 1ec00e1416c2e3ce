from sklearn.datasets import fetch_openml
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

frame = fetch_openml(name="PhishingWebsites", version=1, as_frame=True).frame
frame = frame.apply(lambda s: s.astype(int))

TARGET = "Result"
FEATURES = [c for c in frame.columns if c != TARGET]
X, y = frame[FEATURES], frame[TARGET]

X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
gbc = GradientBoostingClassifier(n_estimators=200).fit(X_a, y_a)
print("accuracy:", accuracy_score(y_b, gbc.predict(X_b)))
