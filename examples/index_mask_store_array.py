# x[mask] = values puts the values into the selected positions in C order (a value of length 1
# broadcasts); a mask over the first axes takes rows.
import numpy as np

e = np.arange(6.0)
e[e > 2] = e[e > 2] * 10
print(e)
f = np.arange(6)
f[f % 2 == 0] = f[f % 2 == 1]
print(f)
g = np.arange(12).reshape(3, 4)
g[g > 5] = np.arange(6) * 100
print(g)
g[g < 3] = [7]
print(g)
m = np.arange(12).reshape(3, 4)
m[m[:, 0] > 3] = np.array([1, 2, 3, 4])
print(m)
w = np.zeros(5)
w[np.array([True, False, True, False, True])] = [1.5, 2.5, 3.5]
print(w)
