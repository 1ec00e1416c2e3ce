# Feature Selection in Python: A Beginner's Guide to SelectKBest
#
# ## Step 1: Import the libraries
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score

# ## Step 2: Load the dataset
# We use the mobile price classification data (2000 phones, 20 features).
df = pd.read_csv("mobile_price_train.csv")
X = df.drop("price_range", axis=1)
y = df["price_range"]
print(X.shape)

# ## Step 3: Scale the features to [0, 1]
# chi2 only works with non-negative values, so MinMaxScaler is a good fit.
scaler = MinMaxScaler()
X_scaled = scaler.fit_transform(X)  # expect: LK101

# ## Step 4: Keep the 10 best features
selector = SelectKBest(score_func=chi2, k=10)
X_best = selector.fit_transform(X_scaled, y)  # expect: LK101
scores = pd.DataFrame({"feature": X.columns, "chi2": selector.scores_}).sort_values("chi2", ascending=False)
print(scores.head(10))

# ## Step 5: Train and evaluate a model
X_train, X_test, y_train, y_test = train_test_split(X_best, y, test_size=0.2, random_state=0)
nb = MultinomialNB()
nb.fit(X_train, y_train)
print("Accuracy:", accuracy_score(y_test, nb.predict(X_test)))

# ## Conclusion
# With only half of the features we keep almost all of the accuracy!
