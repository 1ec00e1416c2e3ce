import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import precision_score, recall_score

COLS = ["amount", "merchant_risk", "hour", "n_tx_24h", "avg_amount_7d", "distance_km"]

jan = pd.read_csv("tx_2023_01.csv")
feb = pd.read_csv("tx_2023_02.csv")
holdout = pd.read_csv("tx_2023_03.csv")  # March is the evaluation month

data_tr = pd.concat([jan, feb], ignore_index=True)
scaler = StandardScaler()
Xtr = scaler.fit_transform(data_tr[COLS])
Xte = scaler.transform(holdout[COLS])

clf = SGDClassifier(loss="log_loss", alpha=1e-4, class_weight="balanced", random_state=0)
clf.fit(Xtr, data_tr["is_fraud"])
pred = clf.predict(Xte)
print("precision", precision_score(holdout["is_fraud"], pred))
print("recall", recall_score(holdout["is_fraud"], pred))
