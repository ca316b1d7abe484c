# Integer arrays and lists among slices and integers: NumPy's rule for where the indexed
# axes go (adjacent advanced indices stay in place; separated ones go first).
import numpy as np

x = np.arange(20).reshape(4, 5)
idx = np.array([3, 0, -1])
print(x[:, idx])
print(x[idx, :])
print(x[idx, 2], x[2, idx])
print(x[1:3, [0, 2]])
print(x[::2, idx])
print(x[:, [-1, -5]])
rows = np.array([[0, 1], [3, 2]])
print(x[rows, 1:4].shape)
print(x[rows, 1:4])
T = np.arange(60).reshape(3, 4, 5)
a = np.array([0, 2])
print(T[:, a, 1:3].shape, T[:, a, 1:3])
print(T[0, :, a].shape, T[0, :, a])       # separated: the index axis first
print(T[a, :, a].shape, T[a, :, a])
print(T[:, [1, 3], a].shape, T[:, [1, 3], a])
print(T[..., a].shape, T[1, ..., [4, 0]])
print(T[a, 1:, 2])
f = np.linspace(0.0, 1.0, 12).reshape(3, 4)
print(f[:, np.array([3, 1])])
