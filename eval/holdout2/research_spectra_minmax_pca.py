"""NIR spectra -> sugar content regression (PLS vs PCA+ridge study, PCA arm)."""
import argparse
import logging
import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, r2_score

log = logging.getLogger("nir")


def run(args):
    data = pd.read_csv(args.csv)
    wavelengths = [c for c in data.columns if c.startswith("nm_")]
    X = data[wavelengths].to_numpy()
    y = data["brix"].to_numpy()

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=args.seed)

    # per-wavelength min-max scaling
    scaler = MinMaxScaler().fit(X_train)
    X_train = scaler.transform(X_train)
    X_test = MinMaxScaler().fit(X_test).transform(X_test)  # expect: LK103

    pca = PCA(n_components=args.k, random_state=args.seed)
    X_train = pca.fit_transform(X_train)
    X_test = pca.fit_transform(X_test)  # expect: LK103

    reg = Ridge(alpha=args.alpha).fit(X_train, y_train)
    pred = reg.predict(X_test)
    rmsep = np.sqrt(mean_squared_error(y_test, pred))
    log.info("k=%d RMSEP=%.3f R2=%.3f", args.k, rmsep, r2_score(y_test, pred))
    return rmsep


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = argparse.ArgumentParser()
    p.add_argument("--csv", default="data/nir_apples.csv")
    p.add_argument("--k", type=int, default=12)
    p.add_argument("--alpha", type=float, default=1e-2)
    p.add_argument("--seed", type=int, default=11)
    run(p.parse_args())
