"""Tabular MLP in PyTorch on the adult census data."""
import numpy as np
import pandas as pd
import torch
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

raw = pd.read_csv("adult.csv").replace("?", np.nan).dropna()
target = (raw.pop("income") == ">50K").astype(np.float32).to_numpy()
feats = pd.get_dummies(raw, drop_first=True).astype(np.float32)

f_rest, f_test, t_rest, t_test = train_test_split(feats, target, test_size=0.2, random_state=0)
f_fit, f_val, t_fit, t_val = train_test_split(f_rest, t_rest, test_size=0.1, random_state=0)
scaler = StandardScaler().fit(f_fit)


def as_dataset(frame, labels):
    return TensorDataset(torch.tensor(scaler.transform(frame), dtype=torch.float32), torch.tensor(labels))


fit_ds, val_ds, test_ds = as_dataset(f_fit, t_fit), as_dataset(f_val, t_val), as_dataset(f_test, t_test)
fit_dl = DataLoader(fit_ds, batch_size=256, shuffle=True)
val_dl, test_dl = DataLoader(val_ds, batch_size=1024), DataLoader(test_ds, batch_size=1024)

net = nn.Sequential(nn.Linear(feats.shape[1], 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 1))
opt = torch.optim.AdamW(net.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss()


def run_eval(loader):
    net.eval()
    hits = n = 0
    with torch.no_grad():
        for xb, yb in loader:
            hits += ((net(xb).squeeze(1) > 0).float() == yb).sum().item()
            n += len(yb)
    return hits / n


best_val, patience = 0.0, 0
for epoch in range(100):
    net.train()
    for xb, yb in fit_dl:
        opt.zero_grad()
        bce(net(xb).squeeze(1), yb).backward()
        opt.step()
    val_acc = run_eval(val_dl)
    if val_acc > best_val:
        best_val, patience = val_acc, 0
        torch.save(net.state_dict(), "adult_mlp.pt")
    else:
        patience += 1
        if patience == 5:
            break

net.load_state_dict(torch.load("adult_mlp.pt"))
print("test accuracy:", run_eval(test_dl))
