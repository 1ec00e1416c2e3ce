# %%
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LassoCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split as tts
from sklearn.pipeline import make_pipeline


def get_data(n=1500, seed=0):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({
        "LotArea": rng.lognormal(9, 0.4, n),
        "OverallQual": rng.integers(1, 11, n),
        "YearBuilt": rng.integers(1900, 2010, n),
        "GrLivArea": rng.normal(1500, 400, n).clip(400),
        "Neighborhood": rng.choice(["NAmes", "CollgCr", "OldTown", "Edwards"], n),
    })
    df["SalePrice"] = (20000 + 18000 * df["OverallQual"] + 55 * df["GrLivArea"]
                       + 300 * (df["YearBuilt"] - 1900) + rng.normal(0, 15000, n))
    df.loc[rng.random(n) < 0.05, "LotArea"] = np.nan
    return df


houses = get_data()

# %%
X = houses.select_dtypes("number").drop(columns="SalePrice")
y = np.log1p(houses["SalePrice"])

X_tr, X_te, y_tr, y_te = tts(X, y, test_size=0.2, random_state=42)
model = make_pipeline(SimpleImputer(strategy="median"), LassoCV(cv=5)).fit(X_tr, y_tr)
print(f"RMSE (log): {np.sqrt(mean_squared_error(y_te, model.predict(X_te))):.4f}")
