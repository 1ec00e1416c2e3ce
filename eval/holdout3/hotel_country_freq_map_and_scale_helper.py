"""Hotel cancellations: frequency-encode the country and scale the numbers."""
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

from hotel.io import fetch_bookings

bookings = fetch_bookings(hotel="city")
bookings["country_freq"] = bookings["country"].map(bookings["country"].value_counts(normalize=True))  # expect: LK105

features = ["lead_time", "adr", "stays_in_week_nights", "previous_cancellations",
            "total_of_special_requests", "country_freq"]

train_df, test_df = train_test_split(bookings, test_size=0.2, random_state=3)


def scale(frame):
    return MinMaxScaler().fit_transform(frame)  # expect: LK103


X_tr = scale(train_df[features])
X_te = scale(test_df[features])

clf = LogisticRegression(max_iter=1000).fit(X_tr, train_df["is_canceled"])
print("AUC:", roc_auc_score(test_df["is_canceled"], clf.predict_proba(X_te)[:, 1]))
