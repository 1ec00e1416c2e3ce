import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
Xtr, ytr = torch.load("fashion_train.pt")
Xte, yte = torch.load("fashion_test.pt")

train_loader = DataLoader(TensorDataset(Xtr, ytr), batch_size=64, shuffle=True)
test_loader = DataLoader(TensorDataset(Xte, yte), batch_size=256)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Dropout(0.2), nn.Linear(256, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()


def train_one_epoch(model, loader):
    model.train()
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    return total / len(loader.dataset)


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    correct = 0
    for xb, yb in loader:
        correct += (model(xb).argmax(dim=1) == yb).sum().item()
    return correct / len(loader.dataset)


best_acc = 0.0
for epoch in range(30):
    train_loss = train_one_epoch(model, train_loader)
    acc = evaluate(model, test_loader)  # expect: LK301
    if acc > best_acc:
        best_acc = acc
        torch.save(model.state_dict(), "best.pt")
    print(f"epoch {epoch:02d} loss {train_loss:.4f} test acc {acc:.4f}")

model.load_state_dict(torch.load("best.pt"))
print("best test accuracy:", best_acc)
