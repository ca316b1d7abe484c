# np.power of ints to a negative int power raises at run time, as `**` does.
import numpy as np

a = np.array([2, 3])
e = np.array([1, -1])
print(np.power(a, 2))
print(np.power(a, e))
