import pandas as pd
from imblearn.over_sampling import ADASYN
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import balanced_accuracy_score, classification_report


def load_data(path):
    df = pd.read_csv(path).dropna(subset=["bmi"])
    df = pd.get_dummies(df.drop(columns=["id"]), drop_first=True)
    y = df.pop("stroke")
    return df, y


def balance(X, y, seed=0):
    ada = ADASYN(random_state=seed, n_neighbors=5)
    return ada.fit_resample(X, y)  # expect: LK201


def build_model():
    return make_pipeline(StandardScaler(), SVC(C=5.0, gamma="scale"))


def main():
    X, y = load_data("stroke.csv")
    X, y = balance(X, y)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
    model = build_model().fit(X_train, y_train)
    pred = model.predict(X_test)
    print("balanced accuracy", balanced_accuracy_score(y_test, pred))
    print(classification_report(y_test, pred))


if __name__ == "__main__":
    main()
