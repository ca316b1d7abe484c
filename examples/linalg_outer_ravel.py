# np.outer flattens operands that are not 1-D (in C order), views included; a scalar is a
# one-element array.
import numpy as np

m = np.arange(4).reshape(2, 2)
print(np.outer(m, np.array([1, 10])))
print(np.outer(m.T, m[0]))
print(np.outer(np.arange(5)[::2], np.arange(3)[::-1]))
print(np.outer(2, np.arange(3)))
print(np.outer(np.arange(3.0), 0.5))
print(np.outer(True, np.array([1, 2])))
