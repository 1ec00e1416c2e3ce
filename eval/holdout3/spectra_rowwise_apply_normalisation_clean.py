# %% [markdown]
# Classify spectra after normalising each spectrum to unit area.
# The normalisation uses only the row itself, so it can run before the split.

# %%
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

np.random.seed(12)
n, d = 900, 40
peaks = np.random.rand(n, d) * np.linspace(1, 3, d)
labels = (peaks[:, 10] + peaks[:, 25] > peaks[:, 5:8].sum(axis=1) / 2).astype(int)
bands = [f"b{i}" for i in range(d)]
spectra = pd.DataFrame(peaks, columns=bands)

# %%
spectra[bands] = spectra[bands].apply(lambda r: r / r.sum(), axis=1)
spectra[bands] = spectra[bands].apply(np.log1p)

# %%
X_tr, X_te, y_tr, y_te = train_test_split(spectra[bands], labels, test_size=0.3, random_state=2)
clf = LogisticRegression(max_iter=5000).fit(X_tr, y_tr)
print("F1:", f1_score(y_te, clf.predict(X_te)))
