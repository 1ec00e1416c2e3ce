"""Turn the raw export into the processed data set the model is trained on."""

import pandas as pd

RAW = "data/raw/customers.csv"
PROCESSED = "data/processed/customers.csv"


def main():
    raw = pd.read_csv(RAW)
    raw = raw.drop_duplicates(subset="customer_id").dropna(subset=["churned"])
    raw["plan"] = raw["plan"].str.lower()
    raw.to_csv(PROCESSED, index=False)


if __name__ == "__main__":
    main()
