# %%
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(5)
frames = []
for site in ["lyon", "porto", "graz", "turku"]:
    n = int(rng.integers(800, 1500))
    part = pd.DataFrame({
        "site": site,
        "temp": rng.normal(210, 6, n),
        "pressure": rng.normal(4.2, 0.3, n),
        "speed": rng.normal(1.1, 0.1, n),
    })
    part["defect"] = ((part["temp"] > 220) & (rng.random(n) < 0.6)).astype(int)
    frames.append(part)
df = pd.concat(frames, ignore_index=True)
print(df["defect"].value_counts())

# %%
majority = df[df.defect == 0]
minority = df[df.defect == 1]
minority_up = minority.sample(n=len(majority), replace=True, random_state=0)  # expect: LK201
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=0)

# %%
feats = ["temp", "pressure", "speed"]
X_tr, X_te, y_tr, y_te = train_test_split(balanced[feats], balanced["defect"], test_size=0.25, random_state=0)
et = ExtraTreesClassifier(n_estimators=300, random_state=0).fit(X_tr, y_tr)
print("F1:", f1_score(y_te, et.predict(X_te)))
