# Tuples returned by functions keep their items' run-time Python/NumPy scalar kinds (bug24),
# also nested, unpacked and printed whole.
import numpy as np
x = np.arange(3)
i = 0
def f1(v, lim):
    acc = 0.0
    if v[i] > lim:
        acc += v[i]
    return (acc,)
print(f1(x, lim=0.1))
r = f1(x, lim=0.1)
print(r, repr(r))
(a,) = f1(x, lim=5)
print(repr(a))
def f2(v):
    s = 0
    t = 0.0
    for k in range(3):
        s += v[k]
        if k > 5:
            t += v[k]
    return s, t, (s, t)
print(f2(x))
p, q, pq = f2(x)
print(repr(p), repr(q), pq)
y = f2(x)
print(y[0], repr(y[1]), y)
