import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import learning_curve

perf = pd.read_csv("xAPI-Edu-Data.csv")
grade = perf.pop("Class")
perf = pd.get_dummies(perf, drop_first=True)

sizes, train_scores, valid_scores = learning_curve(
    GradientBoostingClassifier(random_state=0), perf, grade, cv=5,
    train_sizes=np.linspace(0.1, 1.0, 8), scoring="accuracy")

plt.plot(sizes, train_scores.mean(axis=1), "o-", label="training score")
plt.plot(sizes, valid_scores.mean(axis=1), "o-", label="cross-validation score")
plt.xlabel("training examples")
plt.legend()
plt.savefig("learning_curve.png")
print("final CV accuracy: %.3f" % valid_scores.mean(axis=1)[-1])
