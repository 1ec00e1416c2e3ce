import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

tracks = pd.read_csv("spotify_genres.csv")
cols = ["danceability", "energy", "key", "loudness", "mode", "speechiness", "acousticness",
        "instrumentalness", "liveness", "valence", "tempo", "duration_ms"]

df_train = tracks.sample(frac=0.8, random_state=1)
df_test = tracks.sample(frac=0.2, random_state=2)

genre_clf = RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=1)
genre_clf.fit(df_train[cols], df_train["genre"])
print("genre accuracy:", accuracy_score(df_test["genre"], genre_clf.predict(df_test[cols])))  # expect: LK202
