# CS 4780 - Assignment 2, Problem 3
# Student: ...
# Classify wheat kernels (seeds dataset) with a perceptron.

import numpy as np
import pandas as pd
from sklearn.linear_model import Perceptron
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

# Task 1: load the data
seedsData = pd.read_csv("seeds_dataset.txt", sep=r"\s+", header=None)
seedsData.columns = ["area", "perimeter", "compactness", "kernelLength", "kernelWidth",
                     "asymmetry", "grooveLength", "variety"]
xAll = seedsData.iloc[:, :7].to_numpy()
yAll = seedsData["variety"].to_numpy()

# Task 2: split 70/30
xTrain, xTest, yTrain, yTest = train_test_split(xAll, yAll, test_size=0.3, random_state=2)

# Task 3: normalise to [0, 1]
minmax = MinMaxScaler()
xTrain = minmax.fit_transform(xTrain)
xTest = minmax.fit_transform(xTest)  # expect: LK103

# Task 4: train and report
perc = Perceptron(max_iter=1000, eta0=0.1, random_state=2)
perc.fit(xTrain, yTrain)
yPred = perc.predict(xTest)
print("Task 4 accuracy:", accuracy_score(yTest, yPred))
print("Task 4 misclassified:", int(np.sum(yPred != yTest)))
