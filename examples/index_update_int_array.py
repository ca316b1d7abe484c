# Stores and augmented assignments through one integer array index: x[i] = v and x[i] -= v
# write into x (a repeated index gets one update, as NumPy's buffered update does).
import numpy as np

x = np.arange(10)
i = np.array([2, 1, 8, 4])
x[i] = 99
print(x)
x[i] -= 10
print(x)
x[i] = np.array([1, 2, 3, 4])
print(x)
x[i] += np.array([10, 20, 30, 40])
print(x)
x[np.array([1, 1, 1])] += 5
print(x)
x[np.array([-1, -2])] = 7
print(x)
m = np.zeros((4, 3))
rows = np.array([3, 0])
m[rows] = np.array([1.5, 2.5, 3.5])
print(m)
m[rows] *= 2
print(m)
m[np.array([1])] += np.arange(3.0)
print(m)
idx = np.argsort(np.array([3.0, 1.0, 2.0]))
v = np.array([10.0, 20.0, 30.0])
v[idx] = np.array([1.0, 2.0, 3.0])
print(v)
counts = np.zeros(5, dtype=np.int64)
bins = np.array([0, 2, 2, 4])
counts[bins] += 1
print(counts)
n = 6
w = np.zeros(n)
w[np.arange(0, n, 2)] = 1.0
print(w)
q = np.arange(12).reshape(3, 4)
q[np.array([2, 0]), :] += 100
print(q)
L = [0, 2, 2]
c = np.arange(6)
c[L] += 10
print(c)
