"""Credit application scoring with XGBoost."""
import xgboost as xgb
from imblearn.over_sampling import ADASYN, SMOTE
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split

from creditrisk.io import load_applications


def rebalance(X, y, method="adasyn"):
    if method is None:
        return X, y
    sampler = ADASYN(random_state=0) if method == "adasyn" else SMOTE(random_state=0)
    return sampler.fit_resample(X, y)  # expect: LK201


def main():
    X, y = load_applications(months=24)
    X, y = rebalance(X, y)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

    model = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, max_depth=5,
                              early_stopping_rounds=50, eval_metric="aucpr")
    model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=100)  # expect: LK301
    print("AP:", average_precision_score(y_test, model.predict_proba(X_test)[:, 1]))


if __name__ == "__main__":
    main()
