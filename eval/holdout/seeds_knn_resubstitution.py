import pandas as pd
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import confusion_matrix

kernels = pd.read_csv("seeds.csv")
features = kernels[["Area", "Perimeter", "Compactness", "Kernel.Length", "Kernel.Width", "Asymmetry.Coeff", "Kernel.Groove"]]
variety = kernels["Type"]

knn = KNeighborsClassifier(n_neighbors=3)
knn.fit(features, variety)
print("accuracy:", knn.score(features, variety))  # expect: LK401
print(confusion_matrix(variety, knn.predict(features)))  # related: LK401
