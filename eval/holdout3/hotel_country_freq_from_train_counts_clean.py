"""Hotel cancellations: frequency encoding learned on the training part."""
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

from hotel.io import fetch_bookings

bookings = fetch_bookings(hotel="city")
train_df, test_df = train_test_split(bookings, test_size=0.2, random_state=3)
train_df, test_df = train_df.copy(), test_df.copy()

freq = train_df["country"].value_counts(normalize=True)
train_df["country_freq"] = train_df["country"].map(freq)
test_df["country_freq"] = test_df["country"].map(freq).fillna(0.0)

features = ["lead_time", "adr", "stays_in_week_nights", "previous_cancellations",
            "total_of_special_requests", "country_freq"]

scaler = MinMaxScaler().fit(train_df[features])
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(train_df[features]), train_df["is_canceled"])
print("AUC:", roc_auc_score(test_df["is_canceled"], clf.predict_proba(scaler.transform(test_df[features]))[:, 1]))
