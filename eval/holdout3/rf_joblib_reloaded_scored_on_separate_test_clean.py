"""Train, save, reload, and score the saved model on the held-out file."""
import joblib
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score

from mypkg.data import load_frame

FEATURES = ["a", "b", "c", "d", "e"]


def train_and_save(path="rf.joblib"):
    train = load_frame("train_2023")
    model = RandomForestRegressor(n_estimators=200, random_state=0)
    model.fit(train[FEATURES], train["target"])
    joblib.dump(model, path)


def evaluate(path="rf.joblib"):
    holdout = load_frame("holdout_2024")
    model = joblib.load(path)
    return r2_score(holdout["target"], model.predict(holdout[FEATURES]))


if __name__ == "__main__":
    train_and_save()
    print("holdout R2:", evaluate())
