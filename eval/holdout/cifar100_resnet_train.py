"""Fine-tune ResNet-18 on CIFAR-100.

python cifar100_resnet_train.py --epochs 30 --lr 0.05
"""
import argparse

import torch
import torch.nn as nn
import torchvision
import torchvision.transforms as T
from torch.utils.data import DataLoader


def get_loaders(batch_size: int):
    norm = T.Normalize((0.507, 0.487, 0.441), (0.267, 0.256, 0.276))
    train_tf = T.Compose([T.RandomCrop(32, padding=4), T.RandomHorizontalFlip(), T.ToTensor(), norm])
    test_tf = T.Compose([T.ToTensor(), norm])
    train_set = torchvision.datasets.CIFAR100("./data", train=True, download=True, transform=train_tf)
    test_set = torchvision.datasets.CIFAR100("./data", train=False, download=True, transform=test_tf)
    return (DataLoader(train_set, batch_size=batch_size, shuffle=True, num_workers=4),
            DataLoader(test_set, batch_size=512, num_workers=4))


@torch.no_grad()
def test(net, loader, device):
    net.eval()
    correct, total, loss_sum = 0, 0, 0.0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        out = net(images)
        loss_sum += nn.functional.cross_entropy(out, targets, reduction="sum").item()
        correct += out.argmax(1).eq(targets).sum().item()
        total += targets.size(0)
    return loss_sum / total, correct / total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--batch-size", type=int, default=128)
    args = parser.parse_args()

    device = "cuda" if torch.cuda.is_available() else "cpu"
    train_loader, test_loader = get_loaders(args.batch_size)
    net = torchvision.models.resnet18(num_classes=100).to(device)
    opt = torch.optim.SGD(net.parameters(), lr=args.lr, momentum=0.9, weight_decay=5e-4)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=args.epochs)
    criterion = nn.CrossEntropyLoss()

    best_acc = 0.0
    for epoch in range(args.epochs):
        net.train()
        for images, targets in train_loader:
            images, targets = images.to(device), targets.to(device)
            opt.zero_grad()
            criterion(net(images), targets).backward()
            opt.step()
        sched.step()
        test_loss, test_acc = test(net, test_loader, device)  # expect: LK301
        print(f"[{epoch:03d}] test_loss={test_loss:.3f} test_acc={test_acc:.4f}")
        if test_acc > best_acc:
            best_acc = test_acc
            torch.save({"epoch": epoch, "state_dict": net.state_dict(), "acc": best_acc}, "resnet18_c100_best.pth")
    print("best accuracy:", best_acc)


if __name__ == "__main__":
    main()
