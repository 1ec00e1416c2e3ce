"""Fit an LSTM to the full sine-plus-noise series and measure the fit quality."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.metrics import mean_squared_error

torch.manual_seed(0)
np.random.seed(0)

t = np.linspace(0, 100, 5000)
series = np.sin(t) + 0.1 * np.random.randn(len(t))
WINDOW = 50

X = np.stack([series[i:i + WINDOW] for i in range(len(series) - WINDOW)])
y = series[WINDOW:]
X_t = torch.tensor(X, dtype=torch.float32).unsqueeze(-1)
y_t = torch.tensor(y, dtype=torch.float32).unsqueeze(-1)
loader = DataLoader(TensorDataset(X_t, y_t), batch_size=64, shuffle=True)


class LSTMRegressor(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1, :])


model = LSTMRegressor()
optim = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.MSELoss()

for epoch in range(15):
    epoch_loss = 0.0
    for xb, yb in loader:
        optim.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optim.step()
        epoch_loss += loss.item() * xb.size(0)
    print(f"epoch {epoch + 1}: mse {epoch_loss / len(loader.dataset):.5f}")

model.eval()
with torch.no_grad():
    fitted = model(X_t).squeeze(-1).numpy()
print("RMSE of the model:", np.sqrt(mean_squared_error(y, fitted)))  # expect: LK401
