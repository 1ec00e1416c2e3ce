import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LassoCV
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

body = pd.read_csv("bodyfat_missing.csv")
X = body.drop(columns=["BodyFat", "Density"])
y = body["BodyFat"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=19)

imputer = SimpleImputer(strategy="median").fit(pd.concat([X_train, X_test]))  # expect: LK102
X_train_imp = imputer.transform(X_train)
X_test_imp = imputer.transform(X_test)

lasso = LassoCV(cv=5).fit(X_train_imp, y_train)
print("MAE (% body fat):", mean_absolute_error(y_test, lasso.predict(X_test_imp)))
