import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split
from sklearn.metrics import accuracy_score

torch.manual_seed(1)

df = pd.read_csv("data/occupancy.csv")
features = ["Temperature", "Humidity", "Light", "CO2", "HumidityRatio"]
X = torch.tensor(df[features].values, dtype=torch.float32)
X = (X - torch.tensor([20.6, 27.6, 119.5, 606.5, 0.0042])) / torch.tensor([1.0, 5.0, 194.8, 314.3, 0.0008])
y = torch.tensor(df["Occupancy"].values, dtype=torch.long)

dataset = TensorDataset(X, y)
n_test = int(0.2 * len(dataset))
train_ds, test_ds = random_split(dataset, [len(dataset) - n_test, n_test])

train_loader = DataLoader(dataset, batch_size=64, shuffle=True)
test_loader = DataLoader(test_ds, batch_size=256)

model = nn.Sequential(nn.Linear(len(features), 32), nn.ReLU(), nn.Linear(32, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
criterion = nn.CrossEntropyLoss()

for epoch in range(20):
    model.train()
    total = 0.0
    for xb, yb in train_loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch}: train loss {total / len(train_loader.dataset):.4f}")

model.eval()
preds, trues = [], []
with torch.no_grad():
    for xb, yb in test_loader:
        preds.append(model(xb).argmax(1).numpy())
        trues.append(yb.numpy())
print("test accuracy:", accuracy_score(np.concatenate(trues), np.concatenate(preds)))  # expect: LK202
