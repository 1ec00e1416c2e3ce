# %%
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelBinarizer, StandardScaler
from sklearn_pandas import DataFrameMapper


def load_passengers(path="data/titanic.pkl"):
    frame = pd.read_pickle(path)
    return frame.drop(columns=["Name", "Ticket", "Cabin"])


passengers = load_passengers()
train_df, test_df = train_test_split(passengers, test_size=0.2, random_state=1,
                                     stratify=passengers["Survived"])

# %%
mapper = DataFrameMapper([
    (["Age"], [SimpleImputer(strategy="median"), StandardScaler()]),
    (["Fare"], [SimpleImputer(strategy="median"), StandardScaler()]),
    ("Sex", LabelBinarizer()),
    (["Pclass", "SibSp", "Parch"], None),
])
X_tr = mapper.fit_transform(train_df)
X_te = mapper.transform(test_df)

# %%
rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=1)
rf.fit(X_tr, train_df["Survived"])
print("test accuracy:", accuracy_score(test_df["Survived"], rf.predict(X_te)))
print("features:", np.array(mapper.transformed_names_))
