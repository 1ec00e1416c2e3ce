import category_encoders as ce
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

hr = pd.read_csv("aug_train.csv")
y = hr["target"].astype(int)
X = hr.drop(columns=["enrollee_id", "target"])
cat_features = X.select_dtypes("object").columns.tolist()

pipe = Pipeline([
    ("te", ce.TargetEncoder(cols=cat_features, smoothing=10)),
    ("gb", GradientBoostingClassifier(n_estimators=300, max_depth=3)),
])
auc = cross_val_score(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="roc_auc")
print("AUC %.4f" % auc.mean())
