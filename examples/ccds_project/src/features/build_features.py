"""Model features from the processed customer table."""

from sklearn.preprocessing import StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "support_calls"]


def build_features(frame):
    features = frame[NUMERIC].copy()
    features[NUMERIC] = StandardScaler().fit_transform(features[NUMERIC])
    return features
