# b[i] = a, b a bool array and a a one-element array: NumPy 2.4 stores bool(a) (for int and
# float targets it raises "setting an array element with a sequence.", as arrc does for all).
import numpy as np
b = np.zeros(3, dtype=bool)
b[0] = np.array([2.5])
m = b[:1]
m[0] = m.copy()
print(b)
