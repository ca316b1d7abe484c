# float32 arrays stay float32 (NEP 50): weak Python scalars keep float32, int64 arrays promote to float64.
import numpy as np
a = np.arange(6, dtype=np.float32).reshape(2, 3) / 7
print(a)
print(repr(a))
b = a * 2.5 + 1
print(b.dtype, b)
c = a + np.arange(3)
print(c.dtype, c)
print(a.sum(), repr(a.sum()), repr(a.mean()), a.max())
e = np.array([1.1, 2.2, 3.3], dtype="float32")
print(e, e.astype(np.float64), e.astype(int))
print(e[1], repr(e[1]), e[1] * 2, repr(e[1] + 1.5))
f = np.zeros((2, 2), dtype=np.float32)
f[0, :] = e[:2]
f += 1
print(f, f // 0.3, f % 0.7)
print(a @ a.T)
print(e > 2.2, e < 3)
print(np.arange(0.1, 1.0, 0.15, dtype=np.float32))
