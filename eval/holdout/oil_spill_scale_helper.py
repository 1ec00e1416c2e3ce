import numpy as np
import pandas as pd
from sklearn.metrics import matthews_corrcoef
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.svm import SVC


def scale(frame):
    return RobustScaler().fit_transform(frame)  # expect: LK103


slicks = pd.read_csv("oil-spill.csv", header=None)
X = slicks.iloc[:, 1:-1].to_numpy(dtype=float)
y = slicks.iloc[:, -1].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=1)
X_train = scale(X_train)
X_test = scale(X_test)

svm = SVC(C=10, gamma="scale", class_weight="balanced").fit(X_train, y_train)
print("MCC:", matthews_corrcoef(y_test, svm.predict(X_test)))
print("spills in test:", int(np.sum(y_test)))
