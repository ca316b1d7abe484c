# None / np.newaxis add axes; `...` stands for every axis the other indices leave.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
print(x[..., 0])
print(x[0, ...])
print(x[..., 1, :])
print(x[:, None, ..., 1].shape)
print(x[None, ...].shape, x[..., None].shape, x[...].shape)
v = np.arange(4)
print(v[None, :], v[:, np.newaxis].shape)
print(v[..., None] * v[None, ...])
print(x[1, ..., ::2])
