# np.trace and .trace(): the sum of a diagonal, with offset above (>0) or below (<0) the main
# one; int32 and bool traces are int64, float32 stays float32.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(repr(np.trace(a)))
print(np.trace(a, 1), np.trace(a, offset=2), np.trace(a, -1), np.trace(a, offset=-2))
print(repr(np.trace(a, 10)))
print(repr(a.trace()), a.trace(1), a.trace(offset=-1))
f = np.arange(9.0).reshape(3, 3) * 0.25
print(repr(np.trace(f)))
print(repr(np.trace(f.astype(np.float32))))
b = np.array([[True, False], [True, True]])
print(repr(np.trace(b)))
print(repr(np.trace(np.eye(4, dtype=bool), -1)))
