# Integer matrix products wrap in int64 like every int64 operation.
import numpy as np

a = np.array([[3037000500, 1], [1, 1]])
print(a @ a)
v = np.array([4611686018427387904, 4611686018427387904])
print(v @ np.array([1, 1]))
print(np.dot(v, np.array([2, 0])))
m = np.arange(1, 5).reshape(2, 2) * 1000000000
print(m @ m)
print(np.dot(m, m) == m @ m)
e = np.array([[1, 1], [1, 0]])
p = np.array([[1, 0], [0, 1]])
for i in range(100):
    p = p @ e
print(p)
