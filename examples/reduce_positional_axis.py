import numpy as np

x = np.arange(24.0).reshape(2, 3, 4)
print(np.sum(x, 0))
print(x.sum(1))
print(x.mean(2))
print(np.max(x, 1))
print(x.min(-1))
print(np.std(x, 0, None, None, 1))
print(x.var(2, None, None, 0, True).shape)
print(x.sum(0, None, None, True).shape)
print(np.argmax(x, 2), x.argmin(1))
print(np.cumsum(x, 2)[1])
print(x.any(0, None, None, True).shape, np.all(x, 1, None, True).shape)
