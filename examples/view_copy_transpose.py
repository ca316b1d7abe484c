# .copy() detaches from the original; .transpose(), slices and reshape of a contiguous array
# stay views of its memory; np.reshape of a transpose copies.
import numpy as np

a = np.arange(12).reshape(3, 4)
t = a.transpose()
c = a.copy()
s = a[1:, ::2]
sc = s.copy()
a[1, 0] = -100
print(t[0], c[1], s[0], sc[0])
t[3, 2] = 77
print(a)
cc = t.copy()
print(cc.shape, id(cc) != id(t))
cc[0, 0] = 5
print(a[0, 0], cc[0, 0])
r = np.reshape(t, (2, 6))
r[0, 0] = 1000
print(a[0, 0], r)
v = np.reshape(a, (4, 3))
v[0, 1] = 500
print(a[0], v.transpose().shape)
