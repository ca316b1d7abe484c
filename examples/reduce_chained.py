import numpy as np

x = np.arange(1.0, 13.0).reshape(3, 4)
share = x.sum(axis=0) / x.sum()
print(share)
spread = x.max(axis=1) - x.min(axis=1)
print(spread * 2 + 1)
norm = np.sqrt((x ** 2).sum(axis=1))
print(norm)
print(x.cumsum(axis=1)[:, -1] == x.sum(axis=1))
total = x.mean(axis=0).sum() + x.std(axis=1).max()
print(total)
print((x > x.mean(axis=0)).sum(axis=0))
