# np.concatenate (and stack, vstack, hstack, built on it) lays its result out in the memory
# order of its parts: F-ordered parts give an F-ordered result.
import numpy as np

a = np.arange(6.0).reshape(2, 3)
c = np.concatenate((a.T, a.T), axis=0)
r = c.reshape(12)
r[0] = 50
print(c)

d = np.concatenate((a.T, a.T.copy()), axis=1)
s = d.reshape(12)
s[0] = 50
print(d)

h = np.hstack((a.T, a.T))
t = h.reshape(12)
t[0] = 50
print(h)

v = np.vstack((a.T, a.T))
u = v.reshape(12)
u[0] = 50
print(v)

# The float sum of an F-ordered concatenation adds in memory order.
x = np.ones((3, 6, 2))
y = x.T
y += 0.1
x[0] -= np.array([[15, 9], [82804, 1], [6, 19], [-2, 2160], [16, 6], [12, 11]])
print(repr(np.concatenate((y, y), axis=-1).sum()))
