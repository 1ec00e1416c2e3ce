"""Water potability: impute, then classify."""
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import precision_score


def impute(frame: pd.DataFrame) -> pd.DataFrame:
    imputer = KNNImputer(n_neighbors=7)
    return pd.DataFrame(imputer.fit_transform(frame), columns=frame.columns)  # expect: LK101


def main() -> None:
    water = pd.read_csv("water_potability.csv")
    labels = water.pop("Potability")
    water = impute(water)
    water_train, water_test, labels_train, labels_test = train_test_split(
        water, labels, test_size=0.2, random_state=4, stratify=labels)
    svc = SVC(C=3.0, class_weight="balanced")
    svc.fit(water_train, labels_train)
    print("precision(potable):", precision_score(labels_test, svc.predict(water_test)))


if __name__ == "__main__":
    main()
