# Shifts of Python ints are constants the compiler knows, so they can size arrays.
import numpy as np

n = 1 << 4
x = np.zeros(n)
print(x.shape, np.ones((2, 64 >> 3)).shape)
print(np.arange(1 << 3), np.linspace(0.0, 1.0, (1 << 2) + 1))
print((1 << 62), (-7) >> 1, 5 >> 70, -5 >> 70)
print(np.full(((3 << 1), 1 << 1), 7))
