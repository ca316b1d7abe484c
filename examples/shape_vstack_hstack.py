# vstack stacks rows (1-D arrays become rows); hstack joins along axis 1 (axis 0 for 1-D).
import numpy as np

print(np.vstack([np.arange(3), np.arange(3, 6)]))
print(np.vstack((np.ones((2, 3)), np.arange(3))))
print(np.hstack([np.arange(3), np.arange(2.0)]))
print(np.hstack((np.zeros((2, 1)), np.ones((2, 2)), np.eye(2))))
print(np.vstack([np.eye(2, dtype=bool), np.eye(2, dtype=bool)]))
print(np.hstack([np.arange(4).reshape(2, 2).T, np.arange(2)[:, None]]))
