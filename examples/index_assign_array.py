# Assigning arrays into slices; the value broadcasts to the slice's shape.
import numpy as np

z = np.zeros((3, 4))
z[1:, ::2] = np.array([[1.0, 2.0], [3.0, 4.0]])
print(z)
z[0, :] = np.arange(4)
print(z)
z[:, 1:3] = np.array([[-1.0], [-2.0], [-3.0]])
print(z)

v = np.arange(6)
v[::2] = np.array([10, 20, 30])
print(v)
v[3:] = v[:3] * 2
print(v)

w = np.zeros(4)
w[:] = np.arange(4)
print(w)
