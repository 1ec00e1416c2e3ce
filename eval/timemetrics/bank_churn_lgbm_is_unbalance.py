# %% [markdown]
# # Bank customer churn - LightGBM
# 10,000 customers, ~20% exited.

# %%
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

# %%
df = pd.read_csv("Churn_Modelling.csv")
df = df.drop(columns=["RowNumber", "CustomerId", "Surname"])
for col in ["Geography", "Gender"]:
    df[col] = df[col].astype("category")
df.head()

# %%
X = df.drop(columns="Exited")
y = df["Exited"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2024)

# %%
params = {
    "objective": "binary",
    "n_estimators": 600,
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_child_samples": 30,
    "colsample_bytree": 0.8,
    "is_unbalance": True,
    "verbose": -1,
}
model = lgb.LGBMClassifier(**params)
model.fit(X_train, y_train)

# %%
preds = model.predict(X_test)
acc = accuracy_score(y_test, preds)  # expect: LK601
print(f"Accuracy: {acc:.2%}")

# %%
lgb.plot_importance(model, max_num_features=10)
