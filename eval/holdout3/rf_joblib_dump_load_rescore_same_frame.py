# %%
import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score

rng = np.random.default_rng(0)
df = pd.DataFrame(rng.normal(size=(600, 5)), columns=list("abcde"))
df["target"] = 3 * df["a"] - 2 * df["c"] ** 2 + df["e"] + rng.normal(0, 0.5, 600)

X, y = df[list("abcde")], df["target"]

# %%
model = RandomForestRegressor(n_estimators=200, random_state=0).fit(X, y)
joblib.dump(model, "rf.joblib")

# %%
# later: reload the saved model and check it still works
loaded = joblib.load("rf.joblib")
print("R2:", r2_score(y, loaded.predict(X)))  # expect: LK401
