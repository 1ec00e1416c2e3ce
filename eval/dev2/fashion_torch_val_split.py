import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
Xtr, ytr = torch.load("fashion_train.pt")
Xte, yte = torch.load("fashion_test.pt")

full_train = TensorDataset(Xtr, ytr)
n_val = len(full_train) // 10
train_ds, val_ds = random_split(full_train, [len(full_train) - n_val, n_val])
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=256)
test_loader = DataLoader(TensorDataset(Xte, yte), batch_size=256)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Dropout(0.2), nn.Linear(256, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()


def train_one_epoch(model, loader):
    model.train()
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    correct = 0
    for xb, yb in loader:
        correct += (model(xb).argmax(dim=1) == yb).sum().item()
    return correct / len(loader.dataset)


best_acc, patience, bad_epochs = 0.0, 5, 0
for epoch in range(50):
    train_one_epoch(model, train_loader)
    val_acc = evaluate(model, val_loader)
    if val_acc > best_acc:
        best_acc, bad_epochs = val_acc, 0
        torch.save(model.state_dict(), "best.pt")
    else:
        bad_epochs += 1
        if bad_epochs >= patience:
            break

model.load_state_dict(torch.load("best.pt"))
print("validation accuracy:", best_acc)
print("test accuracy:", evaluate(model, test_loader))
