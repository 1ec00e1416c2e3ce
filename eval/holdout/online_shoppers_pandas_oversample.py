"""Online shoppers purchasing intention - balance the classes by duplicating buyers."""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score

shop = pd.read_csv("online_shoppers_intention.csv")
shop["Revenue"] = shop["Revenue"].astype(int)
shop["Weekend"] = shop["Weekend"].astype(int)
shop = pd.get_dummies(shop, columns=["Month", "VisitorType"], drop_first=True)

buyers = shop[shop.Revenue == 1]
browsers = shop[shop.Revenue == 0]
buyers_over = buyers.sample(n=len(browsers), replace=True, random_state=0)  # expect: LK201
balanced = pd.concat([browsers, buyers_over]).sample(frac=1.0, random_state=0)

X_train, X_test, y_train, y_test = train_test_split(
    balanced.drop(columns="Revenue"), balanced["Revenue"], test_size=0.25, random_state=0)
gb = GradientBoostingClassifier().fit(X_train, y_train)
print("recall(buyers):", recall_score(y_test, gb.predict(X_test)))
