import numpy as np

x = np.array([3.5, -2.0, 8.25, 0.5])
print(repr(x.sum(axis=0)))
print(repr(x.sum(axis=-1)))
print(x.sum(axis=0, keepdims=True))
print(repr(np.mean(x, 0)), repr(x.std(axis=0)))
print(repr(x.max(axis=0)), repr(x.argmax(axis=0)))
print(x.cumsum(axis=0))
a = np.arange(5)
print(repr(a.sum(axis=0)), repr(a.prod(axis=0)), repr(a.any(axis=0)))
