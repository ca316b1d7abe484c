# 0-d views, reshape to (), asarray, dtypes, reductions and ufuncs of 0-d arrays.
import numpy as np
x = np.arange(6.0).reshape(2, 3)
e = x[1, 2, ...]
print(repr(e), e.shape)
e[...] = 100
print(x)
r = np.arange(1).reshape(())
print(repr(r), r.ndim)
s = np.asarray(3.0)
print(repr(s))
o = np.ones((), dtype=np.int32)
print(repr(o), repr(o + 1), repr(o * 2.5))
f = np.array(1.5, dtype=np.float32)
print(repr(f), repr(f + np.ones(2, dtype=np.float32)))
print(repr(f.sum()), repr(s.max()), repr(np.sum(s)), repr(s.mean()))
c = s.copy()
c += 1
print(repr(c), repr(s))
print(repr(np.sin(s)), repr(np.maximum(s, 4)), repr(s > 2), bool(s))
print(s == 3.0, np.array(2) ** 3, np.array(7) % 3)
t = np.full((), 4)
print(repr(t))
