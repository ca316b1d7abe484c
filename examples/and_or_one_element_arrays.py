import numpy as np

y = np.arange(2, dtype=float)
z = y[::2]
print(z or z, y[1:] and z)
a = np.array([0])
b = np.array([5])
print(a or b, a and b, b or a, b and a)
c = np.array([[2.5]])
d = np.array([[0.0]])
r = c and d
print(r, repr(d or c))
for k in range(3):
    w = np.array([k]) or np.array([-1])
    print(w)
