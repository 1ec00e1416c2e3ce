import category_encoders as ce
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from telco.features import build_feature_table

table = build_feature_table(snapshot="2024-01")
y = table.pop("churn")

num_cols = ["tenure", "monthly_charges", "total_charges", "n_services",
            "support_calls", "late_payments", "avg_download_gb", "contract_months"]
cat_cols = ["contract", "payment_method", "internet_service"]

X_tr, X_te, y_tr, y_te = train_test_split(table, y, test_size=0.2, stratify=y, random_state=4)

rfe = RFE(LogisticRegression(max_iter=2000), n_features_to_select=6)
rfe.fit(X_tr[num_cols], y_tr)
kept = [c for c, keep in zip(num_cols, rfe.support_) if keep]
X_tr, X_te = X_tr[kept + cat_cols], X_te[kept + cat_cols]

enc = ce.TargetEncoder(cols=cat_cols, smoothing=10)
X_tr = enc.fit_transform(X_tr, y_tr)
X_te = enc.transform(X_te)

model = GradientBoostingClassifier(random_state=4).fit(X_tr, y_tr)
print("AUC:", roc_auc_score(y_te, model.predict_proba(X_te)[:, 1]))
