# Fraudulent job postings - Keras classifier on engineered features
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import classification_report
from keras.models import Sequential
from keras.layers import Dense, Dropout

jobs = pd.read_csv("fake_job_postings.csv")
jobs["desc_len"] = jobs["description"].fillna("").str.len()
jobs["has_salary"] = jobs["salary_range"].notna().astype(int)
jobs["n_benefits_words"] = jobs["benefits"].fillna("").str.split().str.len()
cols = ["telecommuting", "has_company_logo", "has_questions", "desc_len", "has_salary", "n_benefits_words"]

X = jobs[cols].to_numpy(dtype=float)
y = jobs["fraudulent"].to_numpy()
print("fraud share:", y.mean())

ros = RandomOverSampler(random_state=7)
X, y = ros.fit_resample(X, y)  # expect: LK201

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7)
mms = MinMaxScaler()
X_train = mms.fit_transform(X_train)
X_test = mms.transform(X_test)

model = Sequential()
model.add(Dense(64, activation="relu", input_dim=X_train.shape[1]))
model.add(Dropout(0.2))
model.add(Dense(32, activation="relu"))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=30, batch_size=128, verbose=0)

y_pred = (model.predict(X_test) > 0.5).astype(int).ravel()
print(classification_report(y_test, y_pred))
