import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score
from torch.utils.data import DataLoader, TensorDataset


class MLP(nn.Module):
    def __init__(self, d_in=16, n_classes=3):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, 32), nn.ReLU(), nn.Linear(32, n_classes))

    def forward(self, x):
        return self.net(x)


torch.manual_seed(1)
X = torch.randn(3000, 16)
y = (X[:, :3].sum(dim=1) > 0).long() + (X[:, 3] > 1).long()

loader = DataLoader(TensorDataset(X, y), batch_size=64, shuffle=True)
model = MLP()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
criterion = nn.CrossEntropyLoss()

for epoch in range(20):
    for xb, yb in loader:
        opt.zero_grad()
        criterion(model(xb), yb).backward()
        opt.step()

torch.save(model.state_dict(), "mlp.pt")

model2 = MLP()
model2.load_state_dict(torch.load("mlp.pt"))
model2.eval()
with torch.no_grad():
    pred = model2(X).argmax(dim=1)
print("accuracy:", accuracy_score(y.numpy(), pred.numpy()))  # expect: LK401
