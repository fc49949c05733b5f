# ruff: noqa  (a listing as a tutorial writes it: test data for netbuilder import)
import torch
from torch import nn

num_inputs, num_hiddens, num_outputs = 784, 256, 10
dropout1, dropout2 = 0.2, 0.5

net = nn.Sequential(
    nn.Flatten(),
    nn.Linear(num_inputs, num_hiddens),
    nn.ReLU(),
    nn.Dropout(dropout1),
    nn.Linear(num_hiddens, num_hiddens),
    nn.ReLU(),
    nn.Dropout(dropout2),
    nn.Linear(num_hiddens, num_outputs),
)
