# A reduction along axes of a transposed array, and cumsum/cumprod along an axis of one, give
# a result laid out in the input's memory order: a later reshape copies it, and a float sum of
# it adds in that order. argmax/argmin results are C-ordered.
import numpy as np

x = np.arange(24.0).reshape(2, 3, 4) / 10
r = x.T.sum(axis=0)
w = r.reshape(6)
w[0] = -1
print(r)

k = x.T.sum(axis=0, keepdims=True)
kw = k.reshape(6)
kw[0] = -1
print(k)

m = x.T.max(axis=1)
mw = m.reshape(8)
mw[0] = -1
print(m)

mean = x.T.mean(axis=2)
mean_w = mean.reshape(12)
mean_w[0] = -1
print(mean)

am = x.T.argmax(axis=0)
amw = am.reshape(6)
amw[0] = -1
print(am)

c = np.cumsum(x.T, axis=0)
cw = c.reshape(24)
cw[0] = -1
print(c[0])

p = np.cumprod(x.T + 1, axis=1)
pw = p.reshape(24)
pw[0] = -1
print(p[0])

# Sums of such results add in memory order.
f = np.arange(16).reshape(2, 2, 4) / 10
print(repr(f.T.sum(axis=1).sum()))
print(repr(np.cumsum(f.T, axis=2).sum()))
print(repr((f.T.mean(axis=0) * 3).sum()))
