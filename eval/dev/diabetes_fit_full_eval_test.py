from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

diabetes_X, diabetes_y = load_diabetes(return_X_y=True)

X_train, X_test, y_train, y_test = train_test_split(diabetes_X, diabetes_y, test_size=0.2, random_state=0)

regr = LinearRegression()
regr.fit(diabetes_X, diabetes_y)

y_pred = regr.predict(X_test)
print("Coefficients:", regr.coef_)
print("R2 on test: %.2f" % r2_score(y_test, y_pred))  # expect: LK202
