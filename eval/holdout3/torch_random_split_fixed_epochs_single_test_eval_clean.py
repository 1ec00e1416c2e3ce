import torch
import torch.nn as nn
from sklearn.metrics import f1_score
from torch.utils.data import DataLoader, TensorDataset, random_split


class Net(nn.Module):
    def __init__(self, d_in):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(d_in, 48), nn.ReLU(), nn.Dropout(0.1), nn.Linear(48, 2))

    def forward(self, x):
        return self.body(x)


def main(epochs=15):
    torch.manual_seed(3)
    feats = torch.randn(4000, 12)
    target = ((feats[:, 0] * feats[:, 1] + feats[:, 2]) > 0).long()
    ds = TensorDataset(feats, target)
    n_test = len(ds) // 5
    train_ds, test_ds = random_split(ds, [len(ds) - n_test, n_test])

    net = Net(12)
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3)
    crit = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        net.train()
        for xb, yb in DataLoader(train_ds, batch_size=128, shuffle=True):
            opt.zero_grad()
            crit(net(xb), yb).backward()
            opt.step()

    net.eval()
    ys, ps = [], []
    with torch.no_grad():
        for xb, yb in DataLoader(test_ds, batch_size=512):
            ps.append(net(xb).argmax(1))
            ys.append(yb)
    print("test F1:", f1_score(torch.cat(ys).numpy(), torch.cat(ps).numpy()))


if __name__ == "__main__":
    main()
