"""Arrhythmia beats: patients never appear on both sides of the split."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupShuffleSplit

beats = pd.read_parquet("mitbih_beats.parquet")
waveform = [c for c in beats.columns if c.startswith("s")]

gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=0)
train_rows, test_rows = next(gss.split(beats, beats["label"], groups=beats["patient"]))
train_beats, test_beats = beats.iloc[train_rows], beats.iloc[test_rows]
assert set(train_beats["patient"]).isdisjoint(test_beats["patient"])

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.1)
hgb.fit(train_beats[waveform], train_beats["label"])
print("macro F1 on unseen patients:", f1_score(test_beats["label"], hgb.predict(test_beats[waveform]), average="macro"))
