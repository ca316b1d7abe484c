# NumPy lays out the result of an elementwise operation in its inputs' memory order
# (order='K'): x.T + 1 is F-ordered, so reshape copies it (writes through z do not reach y),
# and a float sum of it adds in memory order.
import numpy as np

x = np.zeros((2, 3))
y = x.T + 1
z = y.reshape(6)
z[0] = 5
print(y)
print(z)

# C-ordered inputs give a C-ordered result: reshape is a view.
c = x + 1
v = c.reshape(6)
v[0] = 5
print(c)

# A float sum runs in the result's memory order.
f = np.arange(8).reshape(2, 2, 2) / 10
print(repr((f.transpose() * 1.0).sum()))
print(repr(np.sqrt(f.transpose()).sum()))
print(repr((-f.transpose(1, 2, 0)).sum()))

# A general axis permutation keeps its memory order too: ravel of it copies.
g = np.arange(24.0).reshape(2, 3, 4)
p = g.transpose(1, 0, 2) * 2
r = p.ravel()
r[0] = -1
print(p[0])
print(repr((g.transpose(2, 0, 1) / 7).sum()))

# Two F-ordered operands: F order; a C-ordered and an F-ordered one: C order wins.
a = np.arange(6.0).reshape(2, 3)
b = a.T + a.T
w = b.reshape(6)
w[1] = 100
print(b)
m = a.T + a.T.copy()
q = m.reshape(6)
q[1] = 100
print(m)

# A broadcast operand has no say: the transposed one decides.
h = a.T * np.array([1.0, 2.0])
s = h.reshape(6)
s[0] = 9
print(h)

# np.where and fused chains of operations lay out as NumPy's intermediates would.
k = np.where(a.T > 2, a.T, 0.0) + 1
t = k.reshape(6)
t[0] = 7
print(k)
n = (a.T + 1) * 2 - 3
u = n.reshape(6)
u[0] = 7
print(n)
