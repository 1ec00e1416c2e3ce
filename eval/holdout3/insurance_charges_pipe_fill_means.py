# %% [markdown]
# Simulated insurance charges: how much do smoking and BMI cost?

# %%
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(7)
n = 2000
df = pd.DataFrame({
    "age": rng.integers(18, 65, n).astype(float),
    "bmi": rng.normal(28, 5, n),
    "children": rng.poisson(1.2, n).astype(float),
    "smoker": rng.integers(0, 2, n),
})
df["charges"] = 250 * df["age"] + 320 * df["bmi"] + 23000 * df["smoker"] + rng.normal(0, 4000, n)

# some questionnaires came back incomplete
df.loc[rng.random(n) < 0.1, "bmi"] = np.nan
df.loc[rng.random(n) < 0.05, "children"] = np.nan


# %%
def fill_means(frame):
    out = frame.copy()
    return out.fillna(out.mean())  # expect: LK105


df = df.pipe(fill_means)

# %%
X = df.drop(columns="charges")
y = df["charges"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

gbr = GradientBoostingRegressor(random_state=1).fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, gbr.predict(X_test)))
