# Lists where NumPy takes an array-like, and lists made from arrays.
import numpy as np

x = [1, 2, 3, 99, 99, 3, 2, 1]
a, b, c = np.split(x, [3, 5])
print(a, b, c)
print(np.sum(x), np.mean(x), np.array(x) * 2)
arr = np.asarray(x)
x[0] = 50
print(arr[0], x[0])
f = np.array([[1.5, 2.5], [3.5, 4.5]])
rows = f.tolist()
print(rows, len(rows))
print(np.arange(4).tolist(), np.array([True, False]).tolist())
print(list(np.arange(3)), list(np.linspace(0, 1, 3)))
print(sorted(np.array([3, 1, 2])))
idx = [0, 2, 3]
print(np.arange(10, 20)[idx])
print(np.array(x, dtype=np.float64), np.cumsum(x))
