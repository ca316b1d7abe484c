# astype, np.zeros_like / ones_like / full_like / empty_like, np.clip without bounds and
# np.round of ints keep the memory order of their argument (order='K'); x.copy() is C order.
import numpy as np

x = np.zeros((2, 3))
a = np.arange(6).reshape(2, 3).T.astype(float)
r = a.reshape(6)
r[0] = 9
print(a)

b = np.arange(6).reshape(2, 3).T.astype(np.float32)
s = b.reshape(6)
s[1] = 9
print(b)

c = np.arange(6).reshape(2, 3).T.copy()
t = c.reshape(6)
t[1] = 9
print(c)

o = np.zeros_like(x.T)
q = o.reshape(6)
q[1] = 7
print(o)

i = np.ones_like(x.T, dtype=int)
j = i.reshape(6)
j[1] = 7
print(i)

f = np.full_like(x.T, 2.5)
g = f.ravel()
g[1] = 7
print(f)

e = np.empty_like(x.T)
e[:] = 4.0
h = e.reshape(6)
h[1] = 7
print(e)

k = np.clip(np.arange(6).reshape(2, 3).T, None, None)
l = k.reshape(6)
l[1] = 7
print(k)

m = np.round(np.arange(6).reshape(2, 3).T)
n = m.reshape(6)
n[1] = 7
print(m)

# The sum of a transposed astype adds in memory order.
v = (np.arange(8).reshape(2, 2, 2) / 10).transpose().astype(np.float64)
print(repr(v.sum()))
