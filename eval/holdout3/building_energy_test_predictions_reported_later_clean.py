"""Fit the building energy model and report on the held-out buildings."""
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GroupShuffleSplit

from energy.data import load_building_frame

FEATURES = ["floor_area", "n_floors", "year_built", "glazing_ratio", "hdd", "cdd"]


def train_and_predict(frame):
    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
    tr_idx, te_idx = next(gss.split(frame, groups=frame["building_id"]))
    train, test = frame.iloc[tr_idx], frame.iloc[te_idx]
    model = GradientBoostingRegressor(n_estimators=500, max_depth=3, random_state=0)
    model.fit(train[FEATURES], train["kwh_per_m2"])
    return {"y_true": test["kwh_per_m2"], "y_pred": model.predict(test[FEATURES])}


def report(results):
    mae = mean_absolute_error(results["y_true"], results["y_pred"])
    print(f"held-out MAE: {mae:.2f} kWh/m2")
    return mae


if __name__ == "__main__":
    res = train_and_predict(load_building_frame("data/buildings_2022"))
    report(res)
