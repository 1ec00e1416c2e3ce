import pandas as pd
import category_encoders as ce
from lightgbm import LGBMClassifier
from sklearn.metrics import log_loss

df = pd.read_csv("clicks.csv", parse_dates=["ts"]).sort_values("ts").reset_index(drop=True)
df["hour"] = df["ts"].dt.hour
cat_cols = ["site_id", "app_id", "device_model"]
target_vec = df["clicked"]
feats = df[cat_cols + ["hour", "banner_pos"]].copy()

enc = ce.TargetEncoder(cols=cat_cols, smoothing=10)
feats = enc.fit_transform(feats, target_vec)  # expect: LK101

cut = int(len(feats) * 0.85)
Xtr, Xte = feats.iloc[:cut], feats.iloc[cut:]
ytr, yte = target_vec.iloc[:cut], target_vec.iloc[cut:]

clf = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63)
clf.fit(Xtr, ytr)
print("logloss on the last 15%:", log_loss(yte, clf.predict_proba(Xte)[:, 1]))
