import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)

# synthetic two-class problem
X = torch.randn(5000, 20)
w = torch.randn(20)
y = (X @ w + 0.3 * torch.randn(5000) > 0).long()

ds = TensorDataset(X, y)
train_ds, test_ds = random_split(ds, [4000, 1000], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
test_loader = DataLoader(test_ds, batch_size=256)

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

best_acc = 0.0
for epoch in range(30):
    model.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()

    model.eval()
    preds, trues = [], []
    with torch.no_grad():
        for xb, yb in test_loader:
            preds.append(model(xb).argmax(dim=1))
            trues.append(yb)
    acc = accuracy_score(torch.cat(trues).numpy(), torch.cat(preds).numpy())  # expect: LK301
    if acc > best_acc:
        best_acc = acc
        torch.save(model.state_dict(), "best_model.pt")
    print(f"epoch {epoch:02d} test acc {acc:.4f}")

print("best test accuracy:", best_acc)
