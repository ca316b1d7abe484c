import numpy as np

Z = np.ones((5, 5))
Z = np.pad(Z, pad_width=1, mode="constant", constant_values=0)
print(Z)
print(np.pad(np.arange(3), (2, 1)), np.pad(np.arange(4).reshape(2, 2), ((1, 0), (0, 2)), constant_values=7))
print(np.pad(np.arange(3.0), 1, constant_values=-0.5), np.pad(np.arange(2), (1,), constant_values=2.7))
v = np.arange(4)[::2]
p = np.pad(v, 1)
p[1] = 99
print(p, v)
