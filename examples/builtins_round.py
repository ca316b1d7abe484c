# round(x): Python's round half to even, giving an int for floats and NumPy floats.
import numpy as np

for k in range(-3, 4):
    v = k + 0.5
    print(k, v, round(v), round(-v), round(v + 0.01))
a = np.array([0.5, 1.5, 2.5, -2.5, 2.4999], dtype=np.float64)
for i in range(5):
    print(round(a[i]), repr(round(a[i])))
f = np.array([2.5, 3.5], dtype=np.float32)
print(round(f[0]), round(f[1]), round(7), round(True), round(np.int64(9)))
print(round(1e15 + 0.5), round(-0.4), round(4.5) + 1)
