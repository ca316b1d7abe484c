# round(x, n): floats round to the nearest decimal exactly (2.675 is below 2.675);
# NumPy floats round as np.round does; ints round to tens, hundreds with n < 0.
import numpy as np

print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(-1234.5, -3))
print(round(5e-324, 400), round(1.5e300, -299), round(0.1, 20), round(-0.4, 0), round(3.0, -5))
print(round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(7, 3), round(-99, -2))
a = np.array([2.675, 1.005, 0.125, 123.456])
for i in range(4):
    r = round(a[i], 2)
    print(r, repr(r), round(float(a[i]), 2))
f = np.array([2.675, 0.333333], dtype=np.float32)
print(repr(round(f[0], 2)), repr(round(f[1], 3)), repr(round(a[3], -1)))
print(round(2.5, None), round(7, None))
print(round(2.675, ndigits=2), round(number=2.5), round(number=1.25, ndigits=1))
