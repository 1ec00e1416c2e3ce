# Human Activity Recognition with smartphones
# %%
import matplotlib.pyplot as plt
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("har/train.csv")
test = pd.read_csv("har/test.csv")
feature_cols = [c for c in train.columns if c not in ("subject", "Activity")]

# %% what do the activities look like in two dimensions?
both = pd.concat([train, test])
coords = PCA(n_components=2).fit_transform(both[feature_cols])
plt.figure(figsize=(8, 6))
for activity in both["Activity"].unique():
    mask = (both["Activity"] == activity).to_numpy()
    plt.scatter(coords[mask, 0], coords[mask, 1], s=3, label=activity)
plt.legend(markerscale=4)
plt.savefig("har_pca.png")

# %% classifier on the original features
forest = RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=1)
forest.fit(train[feature_cols], train["Activity"])
print("test accuracy:", accuracy_score(test["Activity"], forest.predict(test[feature_cols])))
