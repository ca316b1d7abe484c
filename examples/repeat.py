# np.repeat with a count or one count per element, flattened or along an axis.
import numpy as np
print(np.repeat(np.arange(3), 2), np.repeat(np.arange(3), [1, 0, 2]))
M = np.arange(4.0).reshape(2, 2)
print(np.repeat(M, 2), np.repeat(M, 2, axis=0), np.repeat(M, [2, 1], axis=1), np.repeat(M, np.array([3]), axis=-1))
C = np.bincount([1, 1, 2, 3, 4, 4, 6])
A = np.repeat(np.arange(len(C)), C)
print(A)
for k in range(3):
    print(np.repeat(np.arange(2) + k, k), np.repeat(np.array([True, False]), k + 1).shape)
