import numpy as np

# np.add.at is unbuffered: repeated indices accumulate.
z = np.ones(10)
idx = np.array([0, 3, 3, 9, 0, 0, -1])
np.add.at(z, idx, 1)
print(z)

# Values per index, lists as indices, other ufuncs.
a = np.zeros(5)
np.add.at(a, [1, 1, 4], np.array([0.5, 0.25, 2.0]))
print(a)
m = np.arange(6)
np.maximum.at(m, [0, 5, 0], [3, 1, 7])
print(m)
p = np.ones(4, dtype=np.int64)
np.multiply.at(p, [2, 2, 2], 2)
np.subtract.at(p, [0], 5)
print(p)

# Rows of a 2-D array, and a tuple of index arrays.
g = np.zeros((3, 4))
np.add.at(g, [0, 2, 0], np.arange(4.0))
print(g)
np.add.at(g, (np.array([1, 1]), np.array([3, 3])), 10.0)
print(g)

# Values are converted as np.asarray converts them: a Python float computes in float64.
f = np.ones(2, dtype=np.float32)
np.add.at(f, [0], 2.0**-24 + 2.0**-50)
print(f - 1)
