# Pairwise differences and an outer product by inserting axes with None / np.newaxis.
import numpy as np

pos = np.array([0.0, 1.5, 4.0, 4.5])
diff = pos[:, None] - pos[None, :]
dist = abs(diff)
print(dist)
print(dist.shape, dist.max(), dist.sum() / 2)
w = np.arange(1, 4)
table = w[:, np.newaxis] * w[np.newaxis, :]
print(table)
print(table.T.shape, (table == table.T).min())
near = dist < 1.0
print(near, near.sum() - pos.size)
print(pos[None].shape, pos[:, None, None].shape, pos[None, 1:3], pos[2, None])
