# Rain in Australia - will it rain tomorrow?
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

weather = pd.read_csv("weatherAUS.csv").dropna(subset=["RainTomorrow"])
weather["RainToday"] = weather["RainToday"].fillna(weather["RainToday"].mode()[0])  # expect: LK105
weather["WindGustDir"] = weather["WindGustDir"].fillna(weather["WindGustDir"].mode()[0])  # related: LK105
weather["Month"] = pd.to_datetime(weather["Date"]).dt.month

numeric = ["MinTemp", "MaxTemp", "Humidity3pm", "Pressure3pm", "WindGustSpeed", "Rainfall"]
weather = weather.dropna(subset=numeric)
X = pd.get_dummies(weather[numeric + ["RainToday", "WindGustDir", "Month"]], columns=["RainToday", "WindGustDir"])
y = (weather["RainTomorrow"] == "Yes").astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
model.fit(X_train, y_train)
print("accuracy:", accuracy_score(y_test, model.predict(X_test)))
