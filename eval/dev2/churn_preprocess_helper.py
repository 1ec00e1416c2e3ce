"""Churn model: numeric columns standardised by a helper before the split."""
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

NUMERIC = ["tenure", "monthly_charges", "total_charges"]


def load_data(path="churn.csv"):
    df = pd.read_csv(path)
    df["total_charges"] = pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0)
    df["churn"] = (df["churn"] == "Yes").astype(int)
    return df


def preprocess(df):
    scaler = StandardScaler()
    out = df.copy()
    out[NUMERIC] = scaler.fit_transform(out[NUMERIC])  # expect: LK101
    return out


def train(model, X, y):
    model.fit(X, y)
    return model


def evaluate(model, X, y):
    proba = model.predict_proba(X)[:, 1]
    return roc_auc_score(y, proba)


def main():
    df = load_data()
    df = preprocess(df)
    X = df[NUMERIC]
    y = df["churn"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=0
    )
    model = train(LogisticRegression(max_iter=1000), X_train, y_train)
    print("test AUC:", evaluate(model, X_test, y_test))


if __name__ == "__main__":
    main()
