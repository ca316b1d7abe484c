import numpy as np

np.random.seed(0)
Z = np.random.uniform(0, 10, 10)
print(np.trunc(Z), np.trunc(-Z[:3]), np.trunc(np.arange(3)))
print(np.trunc(np.array([-0.5, 0.5, -1.5, np.inf, np.nan], dtype=np.float32)))
print(Z - Z % 1, np.floor(Z), Z.astype(int))
