# Target Encoding Without Leaking the Target
#
# Step 1: Setup
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score

df = pd.read_csv("adult.csv")
df["income"] = (df["income"] == ">50K").astype(int)
cat_cols = ["workclass", "education", "occupation", "native-country"]

# Step 2: split BEFORE computing any statistic that involves the target
train_df, test_df = train_test_split(df, test_size=0.25, random_state=2, stratify=df["income"])
train_df, test_df = train_df.copy(), test_df.copy()

# Step 3: smoothed means from the training rows only
prior = train_df["income"].mean()
m = 20.0
for col in cat_cols:
    stats = train_df.groupby(col)["income"].agg(["sum", "count"])
    smooth = (stats["sum"] + m * prior) / (stats["count"] + m)
    train_df[col + "_te"] = train_df[col].map(smooth)
    test_df[col + "_te"] = test_df[col].map(smooth).fillna(prior)

# Step 4: fit a simple model
features = [c + "_te" for c in cat_cols] + ["age", "hours-per-week"]
lr = LogisticRegression(max_iter=1000)
lr.fit(train_df[features], train_df["income"])

# Step 5: evaluate on the untouched test rows
p = lr.predict_proba(test_df[features])[:, 1]
print("log loss: %.4f" % log_loss(test_df["income"], p))
print("AUC:      %.4f" % roc_auc_score(test_df["income"], p))
print("positive rate in test:", np.round(test_df["income"].mean(), 3))
