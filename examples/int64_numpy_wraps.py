# NumPy int64 values keep wrapping (scalars with a RuntimeWarning on stderr, arrays silently);
# only Python ints are exact.
import numpy as np
a = np.array([9223372036854775807, -9223372036854775807 - 1])
print(a + 1, a * 2, -a, abs(a))
s = a[0]
print(s + 1, s * 3, s + np.int64(1))
t = a[1]
print(-t, abs(t), t - 1)
f = np.int64(1)
for i in range(1, 26):
    f = f * i
print(f, repr(f))
print(a.sum(), a.prod())
print(np.int64(10) ** 19)
