"""Churn model: the helper learns the scaling on the training frame only."""
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


def preprocess(train_df, test_df):
    scaler = StandardScaler()
    train_df = train_df.copy()
    test_df = test_df.copy()
    train_df[NUMERIC] = scaler.fit_transform(train_df[NUMERIC])
    test_df[NUMERIC] = scaler.transform(test_df[NUMERIC])
    return train_df, test_df, scaler


def main():
    df = load_data()
    train_df, test_df = train_test_split(df, test_size=0.25, stratify=df["churn"], random_state=0)
    train_df, test_df, _ = preprocess(train_df, test_df)
    model = LogisticRegression(max_iter=1000)
    model.fit(train_df[NUMERIC], train_df["churn"])
    auc = roc_auc_score(test_df["churn"], model.predict_proba(test_df[NUMERIC])[:, 1])
    print(f"test AUC {auc:.3f}")


if __name__ == "__main__":
    main()
