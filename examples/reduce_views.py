# Reductions over views: slices, transposes, reversed and strided arrays.
import numpy as np

x = np.arange(20).reshape(4, 5)
print(x[1:3, 1:4].sum(), x[1:3, 1:4].mean())
print(x.T.sum(), x.T.max(), x.T.min())
print(x[::-1, ::2].sum(), x[::-1, ::2].min())
print(x[2].sum(), x[2].mean(), x[-1].max())
print(x[:, 4].sum(), x[::3, ::4].min())
f = x / 3
print(f[::2].sum(), f.T[1:].mean())
print(f[::-1].max(), f[1:, :1].min())
