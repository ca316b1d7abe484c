# Shape operations keep float32.
import numpy as np

x = np.arange(12, dtype=np.float32).reshape(3, 4) / 3
print(x.transpose(1, 0).dtype, np.stack([x, x]).dtype, x.ravel().dtype)
print(np.swapaxes(x, 0, 1))
print(np.hstack([x, x])[:, 3:5])
print(np.vstack([x[0], x[1]]), np.expand_dims(x[0], 0).shape)
print(x.flatten()[::3], np.concatenate([x, x], axis=None).shape)
