import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import roc_auc_score

bookings = pd.read_csv("hotel_bookings.csv")
bookings = bookings.drop(columns=["reservation_status", "reservation_status_date", "company", "agent"])
bookings["children"] = bookings["children"].fillna(0)
bookings["country"] = bookings["country"].fillna("UNK")
bookings["total_nights"] = bookings["stays_in_weekend_nights"] + bookings["stays_in_week_nights"]

num_cols = ["lead_time", "adr", "total_nights", "adults", "children", "previous_cancellations",
            "booking_changes", "days_in_waiting_list", "total_of_special_requests"]
cat_cols = ["hotel", "meal", "market_segment", "deposit_type", "customer_type"]

scaler = StandardScaler()
bookings[num_cols] = scaler.fit_transform(bookings[num_cols])  # expect: LK101
bookings = pd.get_dummies(bookings[num_cols + cat_cols + ["is_canceled"]], columns=cat_cols)

train_part = bookings.sample(frac=0.8, random_state=2)
test_part = bookings.drop(train_part.index)

et = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=2)
et.fit(train_part.drop(columns="is_canceled"), train_part["is_canceled"])
scores = et.predict_proba(test_part.drop(columns="is_canceled"))[:, 1]
print("AUC = %.4f" % roc_auc_score(test_part["is_canceled"], scores))
print("positives in test:", np.mean(test_part["is_canceled"]))
