import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import r2_score

songs = pd.read_csv("spotify_tracks.csv").drop_duplicates(subset=["track_id"])
audio = ["danceability", "energy", "loudness", "speechiness", "acousticness",
         "instrumentalness", "liveness", "valence", "tempo"]

train = songs.sample(frac=0.8, random_state=200)
test = songs.drop(train.index)

knn = make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=15))
knn.fit(train[audio], train["popularity"])
print("R^2:", r2_score(test["popularity"], knn.predict(test[audio])))
