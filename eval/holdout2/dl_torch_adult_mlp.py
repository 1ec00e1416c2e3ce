"""Adult income with a small PyTorch MLP; scaler fitted on the training rows."""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score

SEED = 13
torch.manual_seed(SEED)

df = pd.read_csv("adult.csv")
df["label"] = (df["income"].str.strip() == ">50K").astype(np.float32)
num = ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"]
X = df[num].to_numpy(dtype=np.float32)
y = df["label"].to_numpy()

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
scaler = StandardScaler().fit(X_tr)
X_tr, X_te = scaler.transform(X_tr), scaler.transform(X_te)

train_dl = DataLoader(TensorDataset(torch.from_numpy(X_tr).float(), torch.from_numpy(y_tr)),
                      batch_size=256, shuffle=True)

net = nn.Sequential(nn.Linear(len(num), 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1e-4)
bce = nn.BCEWithLogitsLoss()

EPOCHS = 25
for epoch in range(EPOCHS):
    net.train()
    losses = []
    for xb, yb in train_dl:
        opt.zero_grad()
        loss = bce(net(xb).squeeze(1), yb)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    print(f"epoch {epoch + 1}/{EPOCHS} train loss {np.mean(losses):.4f}")

net.eval()
with torch.no_grad():
    train_scores = torch.sigmoid(net(torch.from_numpy(X_tr).float())).squeeze(1).numpy()
    test_scores = torch.sigmoid(net(torch.from_numpy(X_te).float())).squeeze(1).numpy()
print("train AUC %.4f | test AUC %.4f" % (roc_auc_score(y_tr, train_scores), roc_auc_score(y_te, test_scores)))
