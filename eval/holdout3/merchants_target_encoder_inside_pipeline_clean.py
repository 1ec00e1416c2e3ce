# %%
import category_encoders as ce
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import Pipeline

rng = np.random.default_rng(4)
merchants = [f"m{i}" for i in range(300)]
risk = dict(zip(merchants, rng.beta(1, 12, len(merchants))))
tx = pd.DataFrame({
    "merchant": rng.choice(merchants, 30000),
    "amount": rng.lognormal(3.5, 1.0, 30000),
    "hour": rng.integers(0, 24, 30000),
})
tx["flagged"] = (rng.random(len(tx)) < tx["merchant"].map(risk) * (1 + (tx["hour"] < 6))).astype(int)

# %%
X, y = tx[["merchant", "amount", "hour"]], tx["flagged"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pipe = Pipeline([
    ("te", ce.TargetEncoder(cols=["merchant"], smoothing=20)),
    ("lr", LogisticRegression(max_iter=2000)),
])
print("CV AUC:", cross_val_score(pipe, X_tr, y_tr, cv=5, scoring="roc_auc").mean())

# %%
pipe.fit(X_tr, y_tr)
print("test AUC:", roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1]))
