# Spaceship Titanic - CatBoost with stratified folds
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import accuracy_score

train = pd.read_csv("/kaggle/input/spaceship-titanic/train.csv")
test = pd.read_csv("/kaggle/input/spaceship-titanic/test.csv")

SPEND = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]

def engineer(df):
    df = df.copy()
    df[["Deck", "CabinNum", "Side"]] = df["Cabin"].str.split("/", expand=True)
    df["CabinNum"] = pd.to_numeric(df["CabinNum"], errors="coerce")
    df["Group"] = df["PassengerId"].str.split("_").str[0].astype(int)
    df[SPEND] = df[SPEND].fillna(0)
    df["TotalSpend"] = df[SPEND].sum(axis=1)
    df["NoSpend"] = (df["TotalSpend"] == 0).astype(int)
    for c in ["HomePlanet", "CryoSleep", "Destination", "VIP", "Deck", "Side"]:
        df[c] = df[c].astype(str)
    return df.drop(columns=["Cabin", "Name"])

train = engineer(train)
test = engineer(test)

cat_features = ["HomePlanet", "CryoSleep", "Destination", "VIP", "Deck", "Side"]
features = [c for c in train.columns if c not in ("PassengerId", "Transported")]
X, y = train[features], train["Transported"].astype(int)

oof = np.zeros(len(X))
preds = np.zeros(len(test))
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
for k, (tr_i, va_i) in enumerate(folds.split(X, y)):
    model = CatBoostClassifier(iterations=3000, learning_rate=0.03, depth=6,
                               eval_metric="Accuracy", random_seed=k, verbose=0)
    model.fit(X.iloc[tr_i], y.iloc[tr_i], cat_features=cat_features,
              eval_set=(X.iloc[va_i], y.iloc[va_i]), early_stopping_rounds=200)
    oof[va_i] = model.predict_proba(X.iloc[va_i])[:, 1]
    preds += model.predict_proba(test[features])[:, 1] / folds.n_splits

print("OOF accuracy:", accuracy_score(y, oof > 0.5))
pd.DataFrame({"PassengerId": test.PassengerId, "Transported": preds > 0.5}).to_csv("submission.csv", index=False)
