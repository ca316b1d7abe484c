# A name whose array shape changes between iterations or branches (same dtype and rank) has
# run-time extents from there on: x = x[x > t], r = r[1:], a branch that rebinds.
import numpy as np
x = np.array([5.0, -1.0, 3.0, 8.0, -2.0, 7.0])
print(x.shape)
for t in range(4):
    x = x[x > t]
    print(t, x, x.shape)
print(x.sum(), len(x))
r = np.arange(6)
while len(r) > 2:
    r = r[1:]
    print(r, r * 2)
w = np.zeros(2)
if x.sum() > 3:
    w = np.ones(4)
print(w, w.shape)
def shrink(a):
    for k in range(2):
        a = a[::2]
    return a
print(shrink(np.arange(10)), shrink(np.arange(3.0)))
A = np.arange(12.0).reshape(3, 4)
B = A
for i in range(3):
    B = B[:, 1:] * 2
    print(B.shape, B)
print(A)
z = np.arange(5)
for i in range(3):
    if i % 2 == 0:
        z = z[1:]
    else:
        z = z + 1
    print(z)
y = np.ones(3)
for i in range(2):
    print(y @ np.ones(len(y)))
    y = np.ones(len(y) + 1)
