import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_squared_error, r2_score

df = pd.read_csv("diabetes.csv")
X = df.drop("progression", axis=1)
y = df["progression"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.fit_transform(X_test)  # expect: LK103

enet = ElasticNet(alpha=0.05, l1_ratio=0.3)
enet.fit(X_train, y_train)
pred = enet.predict(X_test)
print("MSE", mean_squared_error(y_test, pred))
print("R2", r2_score(y_test, pred))
