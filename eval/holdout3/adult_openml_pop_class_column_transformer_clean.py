# %%
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.datasets import fetch_openml
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import LabelEncoder, OneHotEncoder

df = fetch_openml("adult", version=2, as_frame=True).frame

# %%
y = LabelEncoder().fit_transform(df.pop("class"))
X = df

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pre = ColumnTransformer(
    [("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include="category"))],
    remainder="passthrough",
    sparse_threshold=0,
)
clf = Pipeline([("pre", pre), ("gbm", HistGradientBoostingClassifier(random_state=0))])
clf.fit(X_train, y_train)

# %%
print("F1 (>50K):", f1_score(y_test, clf.predict(X_test)))
