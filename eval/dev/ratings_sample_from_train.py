"""Movie rating regression - quick sanity check of a GBM on user/movie features."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error

ratings = pd.read_csv("ml-latest-small/ratings.csv")
movies = pd.read_csv("ml-latest-small/movies.csv")

movie_year = movies.set_index("movieId")["title"].str.extract(r"\((\d{4})\)")[0].astype(float)

data = ratings.copy()
data["year"] = data["movieId"].map(movie_year)
data["hour"] = pd.to_datetime(data["timestamp"], unit="s").dt.hour
data["dow"] = pd.to_datetime(data["timestamp"], unit="s").dt.dayofweek

train_df = data
test_df = train_df.sample(frac=0.2, random_state=1)

feature_cols = ["userId", "movieId", "year", "hour", "dow"]
model = HistGradientBoostingRegressor(max_iter=300)
model.fit(train_df[feature_cols], train_df["rating"])
rmse = mean_squared_error(test_df["rating"], model.predict(test_df[feature_cols])) ** 0.5  # expect: LK202
print("RMSE", rmse)
