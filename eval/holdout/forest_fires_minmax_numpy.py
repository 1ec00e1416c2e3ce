import numpy as np
from sklearn.svm import SVR
from sklearn.metrics import mean_absolute_error

raw = np.genfromtxt("forestfires.csv", delimiter=",", skip_header=1, usecols=(4, 5, 6, 7, 8, 9, 10, 11, 12))
features, burned = raw[:, :-1], np.log1p(raw[:, -1])

# scale every column to [0, 1]
features = (features - features.min(axis=0)) / (features.max(axis=0) - features.min(axis=0))  # expect: LK105

rng = np.random.RandomState(9)
order = rng.permutation(len(features))
features, burned = features[order], burned[order]
cut = int(0.75 * len(features))
x_fit, y_fit = features[:cut], burned[:cut]
x_eval, y_eval = features[cut:], burned[cut:]

svr = SVR(C=3.0, epsilon=0.1).fit(x_fit, y_fit)
print("MAE (log area):", mean_absolute_error(y_eval, svr.predict(x_eval)))
