# A list index along a later axis (x[:, [0, 2]]) lays its result out with the indexed axis
# outermost, the other axes in the source's memory order, as NumPy's advanced indexing does:
# reshape of such a result copies, and its float sum adds in that order.
import numpy as np

a = np.arange(12.0).reshape(3, 4)
s = a[:, [0, 2]]
t = s.reshape(6)
t[0] = -1
print(s)

# Along the first axis the result is C-ordered: reshape is a view.
r = a[[2, 0]]
u = r.reshape(8)
u[0] = -1
print(r)

g = np.arange(60.0).reshape(3, 4, 5) / 7
gt = g.T
c = gt[:, :, [0, 2]]
w = c.reshape(40)
w[0] = -1
print(c[0])
print(repr(g[:, [0, 2]].sum()))
print(repr(gt[::2, [3, 1]].sum()))
