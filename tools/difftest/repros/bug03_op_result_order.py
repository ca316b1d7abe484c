# NumPy's elementwise results keep their inputs' memory order (order='K'): x.T + 1 is F-ordered,
# so reshape copies it (writes through z do not reach y) and sums run in memory order.
import numpy as np
x = np.zeros((2, 3))
y = x.T + 1
z = y.reshape(6)
z[0] = 5
print(y)
f = np.arange(8).reshape(2, 2, 2) / 10
print(repr((f.transpose() * 1.0).sum()))
# the same for x.astype(...) and np.zeros_like / np.ones_like (order='K' too)
a = np.arange(6).reshape(2, 3).T.astype(float)
r = a.reshape(6)
r[0] = 9
print(a)
o = np.zeros_like(x.T)
q = o.reshape(6)
q[1] = 7
print(o)
# and for np.concatenate of F-ordered arrays (the result is F-ordered: its sum goes in memory order)
c = np.ones((3, 6, 2))
t = c.T
t += 0.1
c[0] -= np.array([[15, 9], [82804, 1], [6, 19], [-2, 2160], [16, 6], [12, 11]])
print(repr(np.concatenate((t, t), axis=-1).sum()))
