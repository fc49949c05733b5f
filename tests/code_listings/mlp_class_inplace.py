# ruff: noqa  (a listing as a tutorial writes it: test data for netbuilder import)
import torch.nn as nn


class MLP(nn.Module):
    """A multilayer perceptron for MNIST."""

    def __init__(self, in_dim=784, hidden=512, out_dim=10):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Flatten(),
            nn.Linear(in_dim, hidden),
            nn.ReLU(inplace=True),
            nn.Dropout(0.2),
            nn.Linear(hidden, out_dim),
        )

    def forward(self, x):
        return self.layers(x)


model = MLP(hidden=256)
