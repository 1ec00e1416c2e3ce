# Tabular Playground Series - LightGBM 5-fold baseline
import gc
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score

SEED = 2022
N_FOLDS = 5

train = pd.read_csv("../input/tabular-playground-series-may-2022/train.csv")
test = pd.read_csv("../input/tabular-playground-series-may-2022/test.csv")
sub = pd.read_csv("../input/tabular-playground-series-may-2022/sample_submission.csv")
print(train.shape, test.shape)
print(train["target"].value_counts(normalize=True))

# row-wise features only: nothing is computed across rows
for df in (train, test):
    for i in range(10):
        df[f"ch{i}"] = df["f_27"].str.get(i).apply(ord) - ord("A")
    df["unique_characters"] = df["f_27"].apply(lambda s: len(set(s)))
    df["i_02_21"] = (df["f_21"] + df["f_02"] > 5.2).astype(int) - (df["f_21"] + df["f_02"] < -5.3).astype(int)

features = [c for c in train.columns if c not in ("id", "target", "f_27")]
X = train[features]
y = train["target"]

params = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 127,
    "min_child_samples": 50,
    "colsample_bytree": 0.6,
    "reg_lambda": 1.0,
    "n_estimators": 5000,
    "random_state": SEED,
    "verbose": -1,
}

oof = np.zeros(len(train))
test_pred = np.zeros(len(test))
skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=SEED)

for fold, (trn_idx, val_idx) in enumerate(skf.split(X, y)):
    X_trn, y_trn = X.iloc[trn_idx], y.iloc[trn_idx]
    X_val, y_val = X.iloc[val_idx], y.iloc[val_idx]

    model = lgb.LGBMClassifier(**params)
    model.fit(
        X_trn, y_trn,
        eval_set=[(X_val, y_val)],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
    )
    oof[val_idx] = model.predict_proba(X_val)[:, 1]
    test_pred += model.predict_proba(test[features])[:, 1] / N_FOLDS
    print(f"Fold {fold} AUC: {roc_auc_score(y_val, oof[val_idx]):.5f}")
    del model
    gc.collect()

print(f"OOF AUC: {roc_auc_score(y, oof):.5f}")
sub["target"] = test_pred
sub.to_csv("submission.csv", index=False)
