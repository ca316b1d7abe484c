# x[mask] op= v warns only for the selected elements, as NumPy computes only those.
import numpy as np

w = np.array([1.0, 0.0, 2.0, 0.0])
w[w > 0] /= 0.0
print(w)
big = np.array([1e308, 1.0, 3.0])
big[big < 2] *= 1e308
print(big)
z = np.array([np.inf, 1.0, -np.inf])
z[z < 2] -= np.inf
print(z)
