import numpy as np

# NumPy buffers a non-contiguous view for a full sum: pairwise over runs of whole rows
# that fit its 8192-element buffer.
np.random.seed(9)
x = (np.random.rand(40, 900) * 10.0).astype(np.float32)
v = x[:, :450]
print(repr(v.sum()))
print(repr(np.sum(v, axis=(0, 1))))
print(repr(v.mean()))
w = x[::3, ::2]
print(repr(w.sum()))
t = x[:, 5:800].T
print(repr(t.sum()))
