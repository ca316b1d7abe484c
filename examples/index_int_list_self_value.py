import numpy as np

# The value is evaluated before any entry is written, even when it reads the target.
x = np.array([1.0, 2.0, 3.0])
x[[1, 0]] = x[:2]
print(x)
z = np.arange(3)
z[[0, 1, 2]] = z.max() + 1
print(z)
m = np.arange(6).reshape(2, 3)
m[:, [2, 0]] = m[:, :2]
print(m)
