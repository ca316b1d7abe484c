# In-place operators and slice assignment broadcast their right-hand side.
import numpy as np

x = np.zeros((3, 4))
x += np.arange(4)
print(x)
x *= np.array([[1.0], [2.0], [3.0]])
print(x)
x -= 1
print(x)

z = np.zeros((3, 4))
z[:] = np.arange(3).reshape(3, 1)
print(z)
z[1:, :] = np.array([7.0, 8.0, 9.0, 10.0])
print(z)
z[:, 0] = 5
print(z)
