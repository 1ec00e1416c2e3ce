import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, random_split
from torchvision import datasets
from torchvision.transforms import ToTensor

full_train = datasets.FashionMNIST(root="data", train=True, download=True, transform=ToTensor())
test_data = datasets.FashionMNIST(root="data", train=False, download=True, transform=ToTensor())

n_val = 6000
train_data, val_data = random_split(full_train, [len(full_train) - n_val, n_val],
                                    generator=torch.Generator().manual_seed(0))
train_dl = DataLoader(train_data, batch_size=128, shuffle=True)
val_dl = DataLoader(val_data, batch_size=512)
test_dl = DataLoader(test_data, batch_size=512)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)


def accuracy(net, dl):
    net.eval()
    hits = 0
    with torch.no_grad():
        for xb, yb in dl:
            hits += (net(xb).argmax(1) == yb).sum().item()
    return hits / len(dl.dataset)


best_state, best_val = None, 0.0
for epoch in range(20):
    model.train()
    for xb, yb in train_dl:
        opt.zero_grad()
        loss_fn(model(xb), yb).backward()
        opt.step()
    val_acc = accuracy(model, val_dl)
    if val_acc > best_val:
        best_val, best_state = val_acc, copy.deepcopy(model.state_dict())
    print(epoch, round(val_acc, 4))

model.load_state_dict(best_state)
print("test accuracy of the selected epoch:", accuracy(model, test_dl))
