# Feature Scaling: Why You Should Split Before You Scale
#
# Step 1: Load the data
import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import mean_absolute_error, r2_score

cars = pd.read_csv("auto-mpg.csv", na_values="?").dropna()
X = cars[["cylinders", "displacement", "horsepower", "weight", "acceleration", "model year"]]
y = cars["mpg"]

# Step 2: Split first ...
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=11)

# Step 3: ... then learn the scaling parameters on the training data only
scaler = StandardScaler()
scaler.fit(X_train)
print("means learned from the training set:", scaler.mean_.round(2))
X_train_std = scaler.transform(X_train)
X_test_std = scaler.transform(X_test)

# Step 4: Train and evaluate
knn = KNeighborsRegressor(n_neighbors=7, weights="distance")
knn.fit(X_train_std, y_train)
pred = knn.predict(X_test_std)
print("MAE: %.2f mpg" % mean_absolute_error(y_test, pred))
print("R^2: %.3f" % r2_score(y_test, pred))

# Step 5: Happy with the numbers? Retrain on all the data for deployment.
final_scaler = StandardScaler().fit(X)
final_model = KNeighborsRegressor(n_neighbors=7, weights="distance").fit(final_scaler.transform(X), y)
joblib.dump({"scaler": final_scaler, "model": final_model}, "mpg_knn.joblib")
print("saved the production model")
