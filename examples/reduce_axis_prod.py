import numpy as np

x = np.array([[1.5, 2.0, -0.5], [3.0, 0.25, 4.0]])
print(x.prod(axis=0))
print(np.prod(x, axis=1))
print(x.prod(axis=1, keepdims=True))
print(repr(x.prod()))
a = np.arange(1, 13).reshape(3, 4)
print(a.prod(axis=0), a.prod(axis=1).dtype)
print(repr(np.prod(a)))
b = a % 2 == 1
print(b.prod(axis=1), repr(b.prod()))
f = (np.arange(12) * 0.02 + 0.9).astype(np.float32).reshape(3, 4)
print(f.prod(axis=0), repr(f.prod()))
