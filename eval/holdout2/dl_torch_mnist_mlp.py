"""MNIST MLP in PyTorch: checkpoint selection on a validation split, one final test pass."""
import copy
import torch
from torch import nn
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

torch.manual_seed(0)
tfm = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
full_train = datasets.MNIST("data", train=True, download=True, transform=tfm)
test_set = datasets.MNIST("data", train=False, download=True, transform=tfm)

train_set, val_set = random_split(full_train, [55000, 5000], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=128, shuffle=True)
val_loader = DataLoader(val_set, batch_size=512)
test_loader = DataLoader(test_set, batch_size=512)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Dropout(0.2),
                      nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()


@torch.no_grad()
def accuracy(net, loader):
    net.eval()
    hits = n = 0
    for xb, yb in loader:
        hits += (net(xb).argmax(1) == yb).sum().item()
        n += len(yb)
    return hits / n


best_val, best_state, patience, bad_epochs = 0.0, None, 3, 0
for epoch in range(30):
    model.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        loss_fn(model(xb), yb).backward()
        opt.step()
    val_acc = accuracy(model, val_loader)
    print(f"epoch {epoch:2d} val_acc={val_acc:.4f}")
    if val_acc > best_val:
        best_val, best_state, bad_epochs = val_acc, copy.deepcopy(model.state_dict()), 0
    else:
        bad_epochs += 1
        if bad_epochs >= patience:
            print("early stopping")
            break

model.load_state_dict(best_state)
torch.save(best_state, "mnist_mlp.pt")
print(f"test accuracy: {accuracy(model, test_loader):.4f}")
