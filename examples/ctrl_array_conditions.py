# Conditions on NumPy scalars from reductions and elements.
import numpy as np

x = np.arange(12).reshape(3, 4)
if (x > 10).max():
    print("some element > 10")
if (x >= 0).min():
    print("all elements >= 0")
if x[2, 3] != 11:
    print("unexpected")
else:
    print("x[2, 3] is 11")
e = 0
while (x < 100).min():
    x = x * 2
    e = e + 1
print(e, x.max())
b = np.array([True, False])
if b[1]:
    print("b[1]")
elif b[0]:
    print("b[0]")
