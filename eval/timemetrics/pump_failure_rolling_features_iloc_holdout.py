# %% [markdown]
# # Predictive maintenance: will pump P-101 trip in the next 24 hours?
# Hourly SCADA readings. The last 20% of the history is the test period.

# %%
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, precision_recall_curve, auc

# %%
scada = pd.read_csv("data/p101_hourly.csv", parse_dates=["ts"])
scada = scada.sort_values("ts").set_index("ts")
scada = scada.asfreq("h")
scada[["vibration", "bearing_temp", "discharge_pressure", "flow"]] = scada[
    ["vibration", "bearing_temp", "discharge_pressure", "flow"]
].ffill()
scada["trip"] = scada["trip"].fillna(0).astype(int)

# %%
# label: any trip in the following 24 hours
scada["trip_next_24h"] = scada["trip"].rolling(24, min_periods=1).max().shift(-24)

# features: trailing windows only
for col in ["vibration", "bearing_temp", "discharge_pressure", "flow"]:
    scada[f"{col}_mean_6h"] = scada[col].rolling(6).mean()
    scada[f"{col}_std_24h"] = scada[col].rolling(24).std()
    scada[f"{col}_lag_1"] = scada[col].shift(1)
scada["vibration_slope_6h"] = scada["vibration"].diff(6)
scada["hours_since_trip"] = scada.groupby(scada["trip"].cumsum()).cumcount()

data = scada.dropna()
features = [c for c in data.columns if c not in ("trip", "trip_next_24h")]

# %%
cut = int(len(data) * 0.8)
train, test = data.iloc[:cut], data.iloc[cut:]
X_train, y_train = train[features], train["trip_next_24h"].astype(int)
X_test, y_test = test[features], test["trip_next_24h"].astype(int)
print("train until", train.index.max(), "| test from", test.index.min())

# %%
clf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, class_weight="balanced_subsample",
                             n_jobs=-1, random_state=3)
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("F1:", round(f1_score(y_test, pred), 3))
precision, recall, _ = precision_recall_curve(y_test, proba)
print("PR AUC:", round(auc(recall, precision), 3))
print(classification_report(y_test, pred, digits=3))
