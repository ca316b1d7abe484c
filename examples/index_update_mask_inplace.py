# Augmented assignment through a boolean mask updates the array itself (x[mask] reads a copy,
# but x[mask] += v writes back), for every dtype and operator with an identity.
import numpy as np

x = np.arange(10)
x[x > 5] += 100
print(x)
z = np.arange(10)
z[z % 2 == 0] -= 1
print(z)
y = np.arange(6.0)
m = y > 2
y[m] *= 2
print(y)
y[~m] /= 4
print(y)
f = np.array([-0.0, 0.0, np.nan, np.inf, -np.inf, 1.5, -2.5], dtype=np.float64)
f[f > 0] += 1.0
print(f)
f[np.isnan(f)] = 0.0
f[f < 0] **= 2
print(f)
s = np.linspace(0.0, 1.0, 7, dtype=np.float32)
s[s > 0.5] *= 0.1
print(s, s.dtype)
s[s < 0.2] += np.float64(0.1)
print(s, s.dtype)
b = np.array([200, 100, 50, 250], dtype=np.uint8)
b[b > 120] += 100
print(b, b.dtype)
i8 = np.array([100, -100, 5], dtype=np.int8)
i8[i8 != 5] *= 3
print(i8)
k = np.arange(12).reshape(3, 4)
k[k % 3 == 0] //= 2
print(k)
k[k > 4] <<= 1
print(k)
k[k < 3] |= 8
print(k)
k[(k > 5) & (k < 12)] ^= 1
print(k)
k[k > 10] &= 6
print(k)
bb = np.array([True, False, True, False])
bb[np.array([True, True, False, False])] += True
print(bb)
bb[bb] *= False
print(bb)
g = np.arange(5.0)
g[g >= 1] -= np.float32(0.5)
print(g)
M = np.arange(12).reshape(3, 4)
M[M[:, 0] > 3, :] += 1
print(M)
M[np.array([True, False, True])] *= 2
print(M)
M[M[:, 1] > 10] = -1
print(M)
T = np.arange(24.0).reshape(2, 3, 4)
T[T[:, :, 0] > 10] /= 2
print(T)
def bump(a, t):
    a[a > t] += 1
    return a
print(bump(np.arange(5), 2), bump(np.arange(7.0), 3.5))
c = np.arange(6)
for k in range(3):
    c[c > k] -= 1
print(c)
