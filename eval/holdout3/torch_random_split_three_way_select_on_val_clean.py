import copy

import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
X = torch.randn(6000, 20)
w = torch.randn(20)
y = (X @ w + 0.3 * torch.randn(6000) > 0).long()

full = TensorDataset(X, y)
train_ds, val_ds, test_ds = random_split(full, [4200, 900, 900], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=256)
test_loader = DataLoader(test_ds, batch_size=256)


def predict(model, loader):
    model.eval()
    preds, trues = [], []
    with torch.no_grad():
        for xb, yb in loader:
            preds.append(model(xb).argmax(dim=1))
            trues.append(yb)
    return torch.cat(trues).numpy(), torch.cat(preds).numpy()


model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

best_acc, best_state = 0.0, None
for epoch in range(30):
    model.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        loss_fn(model(xb), yb).backward()
        opt.step()
    yv, pv = predict(model, val_loader)
    val_acc = accuracy_score(yv, pv)
    if val_acc > best_acc:
        best_acc, best_state = val_acc, copy.deepcopy(model.state_dict())

model.load_state_dict(best_state)
yt, pt = predict(model, test_loader)
print("val acc (best):", best_acc, "test acc:", accuracy_score(yt, pt))
