"""Credit application scoring with XGBoost, early stopping on a validation split."""
import xgboost as xgb
from imblearn.over_sampling import ADASYN
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split

from creditrisk.io import load_applications


def main():
    X, y = load_applications(months=24)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
    X_fit, X_valid, y_fit, y_valid = train_test_split(X_train, y_train, test_size=0.15,
                                                      stratify=y_train, random_state=0)
    X_fit, y_fit = ADASYN(random_state=0).fit_resample(X_fit, y_fit)

    model = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, max_depth=5,
                              early_stopping_rounds=50, eval_metric="aucpr")
    model.fit(X_fit, y_fit, eval_set=[(X_valid, y_valid)], verbose=100)
    print("best iteration:", model.best_iteration)
    print("test AP:", average_precision_score(y_test, model.predict_proba(X_test)[:, 1]))


if __name__ == "__main__":
    main()
