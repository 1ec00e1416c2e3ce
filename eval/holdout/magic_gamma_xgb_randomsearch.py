import pandas as pd
from scipy.stats import randint, uniform
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

cols = ["fLength", "fWidth", "fSize", "fConc", "fConc1", "fAsym", "fM3Long", "fM3Trans", "fAlpha", "fDist", "cls"]
telescope = pd.read_csv("magic04.data", names=cols)
y = (telescope.pop("cls") == "g").astype(int)
X = StandardScaler().fit_transform(telescope)

space = {
    "max_depth": randint(3, 10),
    "learning_rate": uniform(0.01, 0.3),
    "n_estimators": randint(100, 800),
    "subsample": uniform(0.6, 0.4),
}
search = RandomizedSearchCV(
    XGBClassifier(eval_metric="logloss"),
    space,
    n_iter=40,
    scoring="roc_auc",
    cv=StratifiedKFold(5, shuffle=True, random_state=3),
    random_state=3,
)
search.fit(X, y)  # expect: LK104
print(search.best_score_, search.best_params_)
