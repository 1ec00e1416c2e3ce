# Target encoding with category_encoders, fitted on the training split, + XGBoost
import pandas as pd
import category_encoders as ce
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss

df = pd.read_csv("hotel_bookings.csv")
df = df[df["adr"] >= 0]
y = df["is_canceled"]
X = df[["hotel", "lead_time", "arrival_date_month", "country", "market_segment",
        "distribution_channel", "deposit_type", "customer_type", "adr",
        "total_of_special_requests", "previous_cancellations", "booking_changes"]]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=21, stratify=y)

high_card = ["country", "market_segment", "distribution_channel", "arrival_date_month"]
low_card = ["hotel", "deposit_type", "customer_type"]

te = ce.TargetEncoder(cols=high_card, smoothing=10)
ohe = ce.OneHotEncoder(cols=low_card, use_cat_names=True)
X_train_enc = ohe.fit_transform(te.fit_transform(X_train, y_train))
X_test_enc = ohe.transform(te.transform(X_test))

model = XGBClassifier(n_estimators=600, max_depth=6, learning_rate=0.05, subsample=0.9)
model.fit(X_train_enc, y_train)
proba = model.predict_proba(X_test_enc)[:, 1]
print("test AUC: %.4f" % roc_auc_score(y_test, proba))
print("test log loss: %.4f" % log_loss(y_test, proba))
