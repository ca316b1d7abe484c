# np.linspace: NumPy's algorithm (i * step + start, last element exactly stop), digit for digit.
import numpy as np

print(np.linspace(0, 1, 7))
print(np.linspace(0.1, 0.7, 13))
print(np.linspace(-2.5, 3.25, 6))
print(np.linspace(0, 100))
print(np.linspace(1, 0, 11))
print(np.linspace(0, 1, num=3))
x = np.linspace(0, np.pi, 5)
print(x, x.dtype, x.shape)
print(repr(np.linspace(0, 2, 3)))
