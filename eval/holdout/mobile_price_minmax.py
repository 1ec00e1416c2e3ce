# Mobile Price Classification
# %%
import pandas as pd
import sklearn.preprocessing as pp
from sklearn.model_selection import train_test_split as tts
from sklearn.linear_model import LogisticRegression
import sklearn.metrics as skm

phones = pd.read_csv("mobile_price_train.csv")
print(phones.shape)
print(phones.price_range.value_counts())

# %%
feats = phones.drop(columns="price_range")
target = phones.price_range

feats = pp.MinMaxScaler().fit_transform(feats)  # expect: LK101

# %%
Xtr, Xte, ytr, yte = tts(feats, target, test_size=0.2, random_state=7, stratify=target)
lr = LogisticRegression(multi_class="multinomial", C=10, max_iter=5000)
lr.fit(Xtr, ytr)
print("macro F1", skm.f1_score(yte, lr.predict(Xte), average="macro"))
