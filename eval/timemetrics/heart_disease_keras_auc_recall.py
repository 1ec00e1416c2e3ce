# %% [markdown]
# # Heart disease screening - Keras MLP with class weights
# Personal Key Indicators of Heart Disease (CDC 2020), ~9% positive.

# %%
import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

# %%
df = pd.read_csv("heart_2020_cleaned.csv")
df["HeartDisease"] = (df["HeartDisease"] == "Yes").astype(int)
df = pd.get_dummies(df, drop_first=True, dtype=float)

y = df.pop("HeartDisease").values
X = df.values.astype("float32")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

# %%
neg, pos = np.bincount(y_train)
total = neg + pos
class_weight = {0: total / (2.0 * neg), 1: total / (2.0 * pos)}
print(class_weight)

# %%
model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(X_train.shape[1],)),
    tf.keras.layers.Dense(32, activation="relu"),
    tf.keras.layers.Dropout(0.2),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(
    optimizer="adam",
    loss="binary_crossentropy",
    metrics=["accuracy", tf.keras.metrics.AUC(name="auc"), tf.keras.metrics.Recall(name="recall")],
)
model.fit(X_train, y_train, epochs=10, batch_size=512, validation_split=0.15,
          class_weight=class_weight, verbose=2)

# %%
results = model.evaluate(X_test, y_test, verbose=0, return_dict=True)
for name, value in results.items():
    print(f"test {name}: {value:.4f}")
