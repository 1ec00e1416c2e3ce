# Flight delays: fixed-edge bins, clipping, and per-airport statistics merged from the training rows
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

fl = pd.read_csv("flights_2019.csv", parse_dates=["fl_date"])
fl["delayed"] = (fl["arr_delay"] > 15).astype(int)
fl["dep_hour"] = fl["crs_dep_time"] // 100
fl["dep_block"] = pd.cut(fl["dep_hour"], bins=[-1, 5, 11, 17, 23], labels=["night", "morning", "afternoon", "evening"])
fl["distance_clipped"] = fl["distance"].clip(upper=3000)
fl["month"] = fl["fl_date"].dt.month
fl["weekday"] = fl["fl_date"].dt.dayofweek

train, test = train_test_split(fl, test_size=0.2, random_state=5)

origin_stats = (train.groupby("origin")["delayed"].agg(origin_delay_rate="mean", origin_flights="size")
                .reset_index())
train = train.merge(origin_stats, on="origin", how="left")
test = test.merge(origin_stats, on="origin", how="left")
prior = train["delayed"].mean()
test["origin_delay_rate"] = test["origin_delay_rate"].fillna(prior)
test["origin_flights"] = test["origin_flights"].fillna(0)

def design(df):
    X = pd.get_dummies(df[["dep_block", "month", "weekday"]].astype(str), dtype=int)
    X["distance"] = np.log1p(df["distance_clipped"].values)
    X["origin_delay_rate"] = df["origin_delay_rate"].values
    X["origin_flights"] = np.log1p(df["origin_flights"].values)
    return X

X_train = design(train)
X_test = design(test).reindex(columns=X_train.columns, fill_value=0)

clf = LogisticRegression(max_iter=3000, C=0.5)
clf.fit(X_train, train["delayed"])
print("test AUC:", round(roc_auc_score(test["delayed"], clf.predict_proba(X_test)[:, 1]), 4))
