"""Parkinson's voice features: keep the 8 best features, estimate accuracy with CV."""
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import cross_validate
from sklearn.neighbors import KNeighborsClassifier

voice = pd.read_csv("parkinsons.data")
labels = voice["status"]
measures = voice.drop(columns=["name", "status"])

selector = SelectKBest(mutual_info_classif, k=8)
best_measures = selector.fit_transform(measures, labels)
print("kept:", list(measures.columns[selector.get_support()]))

cv_out = cross_validate(KNeighborsClassifier(n_neighbors=5), best_measures, labels, cv=10,  # expect: LK104
                        scoring=["accuracy", "balanced_accuracy"])
print("accuracy %.3f, balanced %.3f" % (cv_out["test_accuracy"].mean(), cv_out["test_balanced_accuracy"].mean()))
