"""House prices: a typical first regression script, with three classic leaks."""
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("houses.csv")
df["lot_area"] = df["lot_area"].fillna(df["lot_area"].median())

X = df.drop(columns=["price"])
y = df["price"]

scaler = StandardScaler()
X = scaler.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

best_alpha, best_mae = None, float("inf")
for alpha in [0.01, 0.1, 1.0, 10.0]:
    model = Ridge(alpha=alpha).fit(X_train, y_train)
    mae = mean_absolute_error(y_test, model.predict(X_test))
    if mae < best_mae:
        best_alpha, best_mae = alpha, mae

print(f"best alpha {best_alpha}: test MAE {best_mae:.0f}")
