# str() and repr() of scalars, NumPy scalars, strings, arrays, tuples.
import numpy as np

a = np.array([0.5, 1.0])
print(str(1.0), repr(1.0), str(1e16), repr(1e-5), str(True), repr(None))
print(str(a[0]), repr(a[0]), str(np.float32(0.1)), repr(np.float32(0.1)))
print(str(a), repr(a))
print(repr("a'b"), repr('say "hi"'), repr("tab\there"), str("plain"))
print(str((1, 2.0)), repr((a[0], 3)), str(a.sum() > 1))
s = str(np.int64(42)) + "/" + repr(np.int64(42))
print(s, len(s))
