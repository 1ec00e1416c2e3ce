import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.metrics import roc_auc_score

customers = pd.read_csv("ecommerce_churn.csv").sample(frac=1.0, random_state=42).reset_index(drop=True)
customers = pd.get_dummies(customers.drop(columns=["CustomerID"]), drop_first=True)

train = customers.iloc[:4500]
valid = customers.iloc[4000:]

clf = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, verbose=-1)
clf.fit(train.drop(columns="Churn"), train["Churn"])
valid_auc = roc_auc_score(valid["Churn"], clf.predict_proba(valid.drop(columns="Churn"))[:, 1])  # expect: LK202
print("validation AUC:", round(valid_auc, 4))
