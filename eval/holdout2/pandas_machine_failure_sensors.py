# Machine failure prediction from sensor readings (pandas + sklearn)
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, confusion_matrix

readings = pd.read_csv("machine_sensors.csv", parse_dates=["timestamp"])
readings["hour"] = readings["timestamp"].dt.hour
readings["temp_diff"] = readings["process_temp"] - readings["air_temp"]
readings["power"] = readings["torque"] * readings["rot_speed"]
readings = readings.join(pd.get_dummies(readings["machine_type"], prefix="type", dtype=int))

cols = ["air_temp", "process_temp", "rot_speed", "torque", "tool_wear", "hour",
        "temp_diff", "power", "type_H", "type_L", "type_M"]
X_train, X_test, y_train, y_test = train_test_split(readings[cols], readings["failure"],
                                                    test_size=0.3, random_state=9, stratify=readings["failure"])

imp = SimpleImputer(strategy="median")
X_train_imp = pd.DataFrame(imp.fit_transform(X_train), columns=cols)
X_test_imp = pd.DataFrame(SimpleImputer(strategy="median").fit_transform(X_test), columns=cols)  # expect: LK103

forest = RandomForestClassifier(n_estimators=300, class_weight="balanced", random_state=9)
forest.fit(X_train_imp, y_train)
y_pred = forest.predict(X_test_imp)
print("F1:", f1_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))
