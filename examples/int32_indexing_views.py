# int32 indexing, slicing, views (writes through them), reshape, transpose, concatenate, where.
import numpy as np
m = np.arange(12, dtype=np.int32).reshape(3, 4)
print(m[1], m[1, 2], repr(m[1, 2]), m[:, 1], m[::2, ::-1])
v = m[1:, 1:3]
v[0, 0] = -100
v += 1000
print(m)
t = m.T
print(t, t.dtype, t.shape)
print(m.reshape(2, 6), m.reshape(-1), m.ravel(), m.flatten())
print(np.transpose(m)[0], m.swapaxes(0, 1)[1])
r = np.concatenate([m, m * 2], axis=0)
print(r, r.dtype)
print(np.concatenate([m, m], axis=1).shape)
print(np.stack([m[0], m[1]]), np.stack([m[0], m[1]]).dtype)
print(np.where(m % 2 == 0, m, -m))
mask = m > 5
m[mask] = 0
print(m)
print(m[[0, 2]], m[:, [1, 3]])
k = np.int32(2)
print(m[k], m[k, k], m[k, 1:3])
for i in range(np.int32(3)):
    print(i, m[i].sum())
x = np.zeros(5, dtype=np.int32)
x[1:4] = np.array([7, 8, 9])
x[0] = np.int64(5)
x[4] = 2.5
print(x, x.dtype)
e = np.expand_dims(x, 0)
print(e, e.shape, np.squeeze(e).dtype)
print(x[..., None].shape, x[None, :].dtype)
