# `is` / `is not`: object identity. A name bound to another name is the same array; a view or a
# copy is a new object; anything against None is decided by the types.
import numpy as np

a = np.arange(5)
b = a
c = a[:]
d = a.copy()
print(b is a, c is a, d is a, c is not a)
print(a is None, None is None, a is not None)
b += 1
print(a, b is a)
t = True
print(t is True, (3 > 4) is False, t is not False)
L = [1, 2]
M = L
print(M is L, [1, 2] is L)
