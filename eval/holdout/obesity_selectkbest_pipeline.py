import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder

obesity = pd.read_csv("ObesityDataSet_raw_and_data_sinthetic.csv")
target = obesity.pop("NObeyesdad")
categorical = obesity.select_dtypes("object").columns.tolist()
numerical = obesity.select_dtypes("number").columns.tolist()

pre = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore"), categorical),
    (MinMaxScaler(), numerical),
)
model = make_pipeline(pre, SelectKBest(chi2, k=15), LogisticRegression(max_iter=4000))
acc = cross_val_score(model, obesity, target, cv=5)
print("accuracy per fold:", acc.round(3), "mean:", round(acc.mean(), 3))
