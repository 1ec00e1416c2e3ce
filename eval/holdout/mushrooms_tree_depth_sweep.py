import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

shrooms = pd.read_csv("mushrooms.csv")
target = (shrooms.pop("class") == "p").astype(int)
onehot = pd.get_dummies(shrooms)
onehot = onehot.drop(columns=[c for c in onehot.columns if c.startswith("odor_")])

a_x, b_x, a_y, b_y = train_test_split(onehot, target, test_size=0.3, random_state=0)

results = {}
for depth in [1, 2, 3, 4, 5, 6, 8, 10]:
    dt = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(a_x, a_y)
    results[depth] = f1_score(b_y, dt.predict(b_x))  # expect: LK301

chosen = max(results, key=results.get)
print("depth ->", chosen, "F1:", results[chosen])
