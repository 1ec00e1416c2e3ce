"""
Diabetes screening with a small neural network (Keras)
------------------------------------------------------
CDC BRFSS 2015 health indicators. Only ~14% of respondents have diabetes or
prediabetes, so the loss is weighted by inverse class frequency.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.utils.class_weight import compute_class_weight
from tensorflow import keras

data = pd.read_csv("diabetes_binary_health_indicators_BRFSS2015.csv")
y = data["Diabetes_binary"].astype(int).values
X = data.drop(columns=["Diabetes_binary"]).values.astype("float32")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7, stratify=y)

scaler = StandardScaler().fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

weights = compute_class_weight(class_weight="balanced", classes=np.unique(y_train), y=y_train)
class_weight = dict(enumerate(weights))
print("class weights:", class_weight)

model = keras.Sequential([
    keras.layers.Input(shape=(X_train.shape[1],)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(  # expect: LK601
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

model.fit(
    X_train,
    y_train,
    epochs=15,
    batch_size=256,
    validation_split=0.1,
    class_weight=class_weight,
    verbose=2,
)

loss, acc = model.evaluate(X_test, y_test, verbose=0)
print(f"Test loss {loss:.4f} - test accuracy {acc:.4f}")
