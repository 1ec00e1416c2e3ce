"""Insurance charges: statistics for filling and scaling come from the training part."""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score

NUM = ["age", "bmi", "children"]


def load_data():
    df = pd.read_csv("insurance.csv")
    df["smoker"] = (df["smoker"] == "yes").astype(int)
    df["sex"] = (df["sex"] == "female").astype(int)
    return df


def split(df):
    return train_test_split(df, test_size=0.2, random_state=0)


def fill_missing(train, test):
    medians = train[NUM].median()
    return train.fillna(medians), test.fillna(medians)


def standardize(train, test):
    mu, sd = train[NUM].mean(), train[NUM].std()
    train, test = train.copy(), test.copy()
    train[NUM] = (train[NUM] - mu) / sd
    test[NUM] = (test[NUM] - mu) / sd
    return train, test


def main():
    df = load_data()
    train, test = split(df)
    train, test = fill_missing(train, test)
    train, test = standardize(train, test)
    cols = NUM + ["smoker", "sex"]
    reg = LinearRegression().fit(train[cols], train["charges"])
    pred = reg.predict(test[cols])
    print("MAE", mean_absolute_error(test["charges"], pred))
    print("R2", r2_score(test["charges"], pred))


if __name__ == "__main__":
    main()
