# Shape operations on bool and int64 arrays.
import numpy as np

m = np.arange(6).reshape(2, 3) % 2 == 0
print(m.transpose(), np.stack([m, ~m], axis=2).shape)
print(np.expand_dims(m, 1).shape, m[..., 0], m.ravel())
print(np.vstack([m, m]).sum(), np.hstack([m, m]).dtype)
i = np.arange(8).reshape(2, 2, 2)
print(i.swapaxes(0, 2).ravel(), np.squeeze(i[:, :1]).shape)
print(np.concatenate([i, i], axis=-1).flatten())
