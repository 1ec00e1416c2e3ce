"""Compare class-balancing strategies for the fraud model (resampling the training part only)."""
import argparse

from imblearn.over_sampling import SMOTE
from imblearn.under_sampling import RandomUnderSampler
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, f1_score
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser()
parser.add_argument("--balance", choices=["smote", "under", "none"], default="smote")
args = parser.parse_args()

X, y = make_classification(n_samples=20000, n_features=20, n_informative=8,
                           weights=[0.98], flip_y=0.0, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

if args.balance == "smote":
    X_tr, y_tr = SMOTE(random_state=0).fit_resample(X_tr, y_tr)
elif args.balance == "under":
    X_tr, y_tr = RandomUnderSampler(random_state=0).fit_resample(X_tr, y_tr)

clf = RandomForestClassifier(n_estimators=400, n_jobs=-1, random_state=0).fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)[:, 1]
print(f"[{args.balance}] F1={f1_score(y_te, proba > 0.5):.3f} AP={average_precision_score(y_te, proba):.3f}")
