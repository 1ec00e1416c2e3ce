# Predicting concrete compressive strength with a Keras regression network
import pandas as pd
import numpy as np
import sklearn.preprocessing as pp
from sklearn.model_selection import train_test_split as tts
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from tensorflow.keras.optimizers import Adam

concrete = pd.read_csv("concrete_data.csv")
print(concrete.describe())

predictors = concrete.drop(columns=["Strength"])
target = concrete["Strength"]
n_cols = predictors.shape[1]

# normalise the predictors
predictors_norm = pp.StandardScaler().fit_transform(predictors)  # expect: LK101

X_train, X_test, y_train, y_test = tts(predictors_norm, target, test_size=0.3, random_state=1)


def regression_model():
    model = Sequential()
    model.add(Dense(64, activation="relu", input_shape=(n_cols,)))
    model.add(Dense(64, activation="relu"))
    model.add(Dense(1))
    model.compile(optimizer=Adam(learning_rate=0.001), loss="mean_squared_error")
    return model


model = regression_model()
model.fit(X_train, y_train, epochs=100, batch_size=32, verbose=0)
mse = model.evaluate(X_test, y_test, verbose=0)
print("Test MSE: %.2f  (RMSE %.2f MPa)" % (mse, np.sqrt(mse)))
