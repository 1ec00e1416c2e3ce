"""Nightly job: train on all labelled leads, score the new ones."""
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression

NUM = ["pages_viewed", "time_on_site", "emails_opened"]
CAT = ["source", "country"]

labelled = pd.read_csv("leads_labelled.csv")
fresh = pd.read_csv("leads_new.csv")

model = make_pipeline(
    make_column_transformer((StandardScaler(), NUM), (OneHotEncoder(handle_unknown="ignore"), CAT)),
    LogisticRegression(max_iter=1000),
)
model.fit(labelled[NUM + CAT], labelled["converted"])
fresh["p_convert"] = model.predict_proba(fresh[NUM + CAT])[:, 1]
fresh.sort_values("p_convert", ascending=False).to_csv("leads_scored.csv", index=False)
