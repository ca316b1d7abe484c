import numpy as np

# float32 sums show NumPy's order of additions in their last digits:
# pairwise along a contiguous inner axis, row by row down axis 0.
np.random.seed(7)
x = (np.random.rand(37, 53) * 100.0 - 50.0).astype(np.float32)
print(x.sum(axis=0)[:8])
print(x.sum(axis=1)[:8])
print(repr(x.sum()))
print(repr(x.sum(axis=(0, 1))))
y = (np.random.rand(300) * 1000.0).astype(np.float32)
print(repr(y.sum(axis=0)))
print(repr(np.sum(y, axis=0, keepdims=True)))
