# Elementwise work big enough (>= 2^20 elements) to go to the GPU under --device auto, in every
# layout the flat kernel variants see: whole arrays (vector loads), a length that is not a
# multiple of 4 (the tail), views at offsets that break 16-byte alignment, reversed views,
# one-element and partial broadcasts. The output must be NumPy's, bit for bit.
import numpy as np

n = 2**20 + 3
a = np.arange(n, dtype=np.float64) * 0.5
b = np.arange(n, dtype=np.float32) * np.float32(0.25)
c = a * 2.0 + 1.0
d = b * b - np.float32(3.0)
e = a[1:] + a[:-1]
f = a[2:] - 1.0
r = a[::-1] * 3.0
m = a > 1000.5
k = np.arange(n) * 3 - 7
print(c.dtype, c[:3], c[-3:], c.sum())
print(d.dtype, d[:3], d[-3:], d.sum())
print(e[:3], e[-3:], e.sum())
print(f[:3], f.sum())
print(r[:3], r.sum())
print(m.sum(), m[:3], m[-3:])
print(k[:3], k[-3:], k.sum())
x = a[: 2**20].reshape(1024, 1024)
y = x + np.ones((1, 1))
z = x * np.arange(1024.0)
print(y[0, :3], y.sum())
print(z[1, :3], z.sum())
w = (k % 5 == 0) | (k < 100)
print(w.sum())
q = np.where(m, a, -a)
print(q[:3], q.sum())
