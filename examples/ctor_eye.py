# np.eye(N, M=None, k=0): ones on the k-th diagonal.
import numpy as np

print(np.eye(3))
print(np.eye(2, 4))
print(np.eye(4, 3, k=1))
print(np.eye(3, k=-1))
print(np.eye(3, 3, -2, dtype=int))
print(np.eye(2, 3, 5))
print(np.eye(0).shape, np.eye(3, 0).shape, np.eye(1))
print(np.eye(2, dtype=bool))
print(np.eye(4, dtype=np.float32) * 0.1)
