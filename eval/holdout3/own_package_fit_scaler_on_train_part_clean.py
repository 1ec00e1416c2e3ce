"""Uses the team's preprocessing helpers (mypkg.prep) on the training part only."""
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from mypkg.data import load_frame
from mypkg.prep import fit_scaler

frame = load_frame("sessions_v2")
y = frame.pop("converted")
X_tr, X_te, y_tr, y_te = train_test_split(frame, y, test_size=0.25, random_state=0, stratify=y)

scaler = fit_scaler(X_tr)
model = LogisticRegression(max_iter=1000).fit(scaler.transform(X_tr), y_tr)

print("train acc:", model.score(scaler.transform(X_tr), y_tr))
print("test acc:", model.score(scaler.transform(X_te), y_te))
