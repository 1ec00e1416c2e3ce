import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import cross_validate, KFold
from sklearn.linear_model import Ridge

FEATURES = ["temp", "atemp", "humidity", "windspeed", "hour", "weekday", "season"]


def load_data(path="bike.csv"):
    df = pd.read_csv(path)
    return df[FEATURES].to_numpy(dtype=float), df["count"].to_numpy()


def clean(X):
    X = KNNImputer(n_neighbors=5).fit_transform(X)
    return StandardScaler().fit_transform(X)


def report(res):
    for key in ("test_r2", "test_neg_mean_absolute_error"):
        print(f"{key}: {res[key].mean():.3f} (+/- {res[key].std():.3f})")


def main():
    X, y = load_data()
    X = clean(X)
    res = cross_validate(  # expect: LK104
        Ridge(alpha=1.0),
        X,
        y,
        cv=KFold(5, shuffle=True, random_state=0),
        scoring=("r2", "neg_mean_absolute_error"),
    )
    report(res)


if __name__ == "__main__":
    main()
