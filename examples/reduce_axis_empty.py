import numpy as np

e = np.zeros((0, 3))
print(e.sum(axis=0), e.sum(axis=1))
print(e.prod(axis=0))
print(e.any(axis=0), e.all(axis=0))
print(e.max(axis=1), e.sum(axis=1).shape)
print(repr(e.sum()), repr(e.prod()))
print(e.cumsum(axis=0).shape, e.cumsum())
